package io.taxstream.dashboard;

import io.taxstream.dashboard.access.ApiTokens;
import io.taxstream.dashboard.access.Networks;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.config.ConfigException;
import io.taxstream.processors.config.ProcessorKeys;
import java.time.Duration;

/**
 * The dashboard's configuration, parsed once from {@link DashboardKeys}.
 *
 * @param tokens             API tokens
 * @param openNetworks       networks that may read without a token
 * @param maxFileBytes       largest uploaded file ({@code documents.max.bytes})
 * @param maxRequestBytes    largest upload request
 * @param maxFiles           most files per upload
 * @param refresh            how often pages get a new overview
 */
public record DashboardSettings(ApiTokens tokens, Networks openNetworks, long maxFileBytes, long maxRequestBytes,
                                int maxFiles, Duration refresh) {

    public static DashboardSettings from(Config config) {
        long maxFile = config.get(ProcessorKeys.MAX_DOCUMENT_BYTES);
        long maxRequest = config.get(DashboardKeys.UPLOAD_MAX_REQUEST_BYTES);
        if (maxRequest < maxFile) {
            throw new ConfigException(DashboardKeys.UPLOAD_MAX_REQUEST_BYTES.name(),
                    "must be at least documents.max.bytes (" + maxFile + ")");
        }
        return new DashboardSettings(
                ApiTokens.parse(DashboardKeys.API_TOKENS.name(), config.get(DashboardKeys.API_TOKENS)),
                Networks.parse(DashboardKeys.OPEN_NETWORKS.name(), config.get(DashboardKeys.OPEN_NETWORKS)),
                maxFile, maxRequest, config.get(DashboardKeys.UPLOAD_MAX_FILES),
                Duration.ofMillis(config.get(DashboardKeys.REFRESH_MS)));
    }
}
