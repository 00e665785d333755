package al.rrjeti.campaigns.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which clients get the feed gzip-compressed. */
class EventsResourceTest {

    @Test
    void gzipWhenNamedOrCoveredByAStarWithAQualityAboveZero() {
        assertThat(EventsResource.acceptsGzip("gzip")).isTrue();
        assertThat(EventsResource.acceptsGzip("deflate, GZip;q=0.5")).isTrue();
        assertThat(EventsResource.acceptsGzip("x-gzip")).isTrue();
        assertThat(EventsResource.acceptsGzip("*")).isTrue();
        assertThat(EventsResource.acceptsGzip("br, *;q=0.1")).isTrue();
    }

    @Test
    void noGzipWhenAbsentRefusedOrUnreadable() {
        assertThat(EventsResource.acceptsGzip(null)).isFalse();
        assertThat(EventsResource.acceptsGzip("")).isFalse();
        assertThat(EventsResource.acceptsGzip("identity")).isFalse();
        assertThat(EventsResource.acceptsGzip("deflate, br")).isFalse();
        assertThat(EventsResource.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(EventsResource.acceptsGzip("gzip; q=0.0, identity")).isFalse();
        assertThat(EventsResource.acceptsGzip("*, gzip;q=0")).as("named beats the star").isFalse();
        assertThat(EventsResource.acceptsGzip("gzip;q=abc")).isFalse();
        assertThat(EventsResource.acceptsGzip("*;q=0")).isFalse();
    }
}
