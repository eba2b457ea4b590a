package io.taxstream.app;

import java.io.PrintWriter;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.output.ContractJson;
import io.taxstream.topology.Topic;
import io.taxstream.topology.Topics;
import io.taxstream.topology.client.ResultReader;
import io.taxstream.topology.config.PlatformKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code taxstream results}: prints results as JSON Lines. */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = "Print results from the extractions topic (and review with --review) as JSON Lines, per the contract.")
final class ResultsCommand implements Callable<Integer> {

    @Option(names = {"-f", "--follow"}, description = "keep printing new results until interrupted")
    boolean follow;

    @Option(names = "--review", description = "also print results waiting for review (NEEDS_REVIEW and FAILED)")
    boolean review;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

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
