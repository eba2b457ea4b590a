package io.taxstream.dashboard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxstream.processors.config.ConfigException;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    private final ApiTokens tokens = ApiTokens.parse("dashboard.api.tokens", "ci=ci-token-0123456789ab, plain-token-abcdefghij");

    @Test
    void shouldNameTheTokenThatMatches() {
        assertThat(tokens.match("ci-token-0123456789ab")).contains("ci");
        assertThat(tokens.match("plain-token-abcdefghij")).contains("api");
    }

    @Test
    void shouldMatchNothingElse() {
        assertThat(tokens.match("ci-token-0123456789a")).isEmpty();
        assertThat(tokens.match("ci-token-0123456789abc")).isEmpty();
        assertThat(tokens.match("")).isEmpty();
        assertThat(tokens.match(null)).isEmpty();
        assertThat(ApiTokens.none().match("ci-token-0123456789ab")).isEmpty();
    }

    @Test
    void shouldRefuseShortTokensWithoutPrintingThem() {
        assertThatThrownBy(() -> ApiTokens.parse("dashboard.api.tokens", "ok=a-long-enough-token-1,bad=short1"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("dashboard.api.tokens").hasMessageContaining("token 2")
                .hasMessageNotContaining("short1");
    }

    @Test
    void shouldNotRevealTokensWhenPrinted() {
        assertThat(tokens.toString()).doesNotContain("ci-token").contains("2 configured");
    }

    @Test
    void shouldReadBearerAndBasicAuthorization() {
        assertThat(AccessControl.presentedToken("Bearer abc")).isEqualTo("abc");
        assertThat(AccessControl.presentedToken("bearer  abc ")).isEqualTo("abc");
        assertThat(AccessControl.presentedToken("Basic b3BzOnMzY3JldA==")).isEqualTo("s3cret");
        assertThat(AccessControl.presentedToken("Basic !!!")).isNull();
        assertThat(AccessControl.presentedToken("Digest x")).isNull();
    }
}
