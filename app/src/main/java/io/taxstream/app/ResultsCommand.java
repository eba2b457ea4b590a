package io.taxstream.app;

import io.taxstream.avro.ExtractionResult;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.output.ContractJson;
import io.taxstream.topology.Topic;
import io.taxstream.topology.Topics;
import io.taxstream.topology.client.ResultReader;
import io.taxstream.topology.config.PlatformKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code taxstream results}: prints results as JSON Lines. */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = "Print results from the extractions topic (and review with --review) as JSON Lines, per the contract.")
final class ResultsCommand extends PrintingCommand {

    @Option(names = {"-f", "--follow"}, description = "keep printing new results until interrupted")
    boolean follow;

    @Option(names = "--review", description = "also print results waiting for review (NEEDS_REVIEW and FAILED)")
    boolean review;

    @Mixin
    ClusterOptions cluster;


    @Override
    public Integer call() {
        Config config = configOptions.load(cluster.flags());
        Topics topics = Clients.topics(config);
        List<Topic<String, ExtractionResult>> read = new ArrayList<>(List.of(topics.extractions()));
        if (review) {
            read.add(topics.review());
        }
        AtomicBoolean stop = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop.set(true)));
        try (ResultReader reader = new ResultReader(config.get(PlatformKeys.BOOTSTRAP_SERVERS), read)) {
            reader.read(follow, stop::get, r -> {
                out().println(ContractJson.render(r));
                out().flush();
            });
        }
        return 0;
    }
}
