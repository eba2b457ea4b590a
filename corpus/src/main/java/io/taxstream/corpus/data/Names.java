package io.taxstream.corpus.data;

import java.util.List;

/** Word lists for people, streets and buildings, spread across India's regions. */
final class Names {

    static final List<String> MALE = List.of("Rahul", "Amit", "Vikram", "Suresh", "Rajesh", "Arjun", "Karthik",
            "Sandeep", "Pradeep", "Anil", "Manoj", "Venkatesh", "Srinivas", "Ramesh", "Harish", "Abhishek", "Rohit",
            "Nikhil", "Gaurav", "Siddharth", "Aditya", "Mohammed", "Imran", "Farhan", "Joseph", "Thomas", "Gurpreet",
            "Harpreet", "Subramanian", "Balaji", "Prasanna", "Debashis", "Sourav", "Anirban", "Chetan", "Hemant",
            "Yogesh", "Mahesh", "Naveen", "Kunal", "Varun", "Pranav", "Akshay", "Deepak", "Sunil", "Ravi", "Kiran",
            "Ajay", "Vijay", "Manish");
    static final List<String> FEMALE = List.of("Priya", "Anjali", "Sneha", "Kavya", "Divya", "Pooja", "Neha",
            "Lakshmi", "Meenakshi", "Deepa", "Swati", "Shreya", "Aishwarya", "Nandini", "Revathi", "Sunita", "Rekha",
            "Fatima", "Ayesha", "Mary", "Simran", "Harleen", "Madhuri", "Archana", "Bhavna", "Jyoti", "Ritu", "Shalini",
            "Vidya", "Gayathri", "Sowmya", "Padma", "Ananya", "Ishita", "Riya", "Tanvi", "Pallavi", "Komal", "Rashmi",
            "Sangeeta");
    static final List<String> MIDDLE = List.of("Kumar", "Prasad", "Chandra", "Mohan", "Lal", "Nath", "Raj", "Devi",
            "Rani", "Kumari", "Bhushan", "Narayan", "Shankar", "Gopal");
    static final List<String> SURNAMES = List.of("Sharma", "Verma", "Gupta", "Agarwal", "Singh", "Patel", "Shah",
            "Mehta", "Desai", "Joshi", "Kulkarni", "Deshpande", "Patil", "Jadhav", "Iyer", "Iyengar", "Nair", "Menon",
            "Pillai", "Reddy", "Rao", "Naidu", "Chowdary", "Krishnan", "Subramaniam", "Venkataraman", "Mukherjee",
            "Banerjee", "Chatterjee", "Ghosh", "Bose", "Das", "Sen", "Khan", "Ansari", "Qureshi", "Sheikh", "D'Souza",
            "Fernandes", "Pereira", "Gill", "Sandhu", "Dhillon", "Malhotra", "Kapoor", "Khanna", "Chopra", "Bhatia",
            "Saxena", "Srivastava", "Tiwari", "Mishra", "Pandey", "Dubey", "Yadav", "Chauhan", "Rathore", "Hegde",
            "Shetty", "Kamath", "Bhat", "Mathew", "Varghese", "Thakur", "Goswami", "Mahajan", "Sinha", "Jain");
    static final List<String> STREETS = List.of("M.G. Road", "Nehru Marg", "Station Road", "Link Road",
            "Ring Road", "Gandhi Nagar Main Road", "1st Cross, 5th Main", "Tilak Road", "Park Street",
            "Sardar Patel Marg", "Lal Bahadur Shastri Road", "Rajaji Salai", "Church Street", "Temple Road",
            "Netaji Subhash Road", "Ambedkar Chowk Road", "100 Feet Road", "Outer Ring Road");
    static final List<String> BUILDINGS = List.of("Sai Krupa Apartments", "Shanti Niketan Society",
            "Green Valley Residency", "Prestige Lakeside Habitat", "Lodha Amara", "Vrindavan Heights",
            "Sunrise Enclave", "Ganga Towers", "Kaveri Apartments", "Rajhans CHS", "Emerald Park", "Orchid Residency",
            "Sobha Dream Acres", "DLF Phase 3", "Hiranandani Gardens", "Mahindra Splendour", "Lotus Court");

    private Names() {
    }
}
