package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parley.model.io.SourceLibrary;

/** The vendored ECharts file is the one its README names (npm echarts@6.1.0, dist/echarts.min.js). */
class VendoredEchartsTest {

    @Test
    void theVendoredFileHasTheHashItsReadmeRecords() throws Exception {
        byte[] js;
        String readme;
        try (InputStream in = getClass().getResourceAsStream("/public/vendor/echarts/echarts.min.js");
                InputStream doc = getClass().getResourceAsStream("/public/vendor/echarts/README.md")) {
            js = in.readAllBytes();
            readme = new String(doc.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(readme).contains("`echarts.min.js` sha256: `" + SourceLibrary.sha256(js) + "`");
        assertThat(new String(js, 0, 2000, StandardCharsets.UTF_8)).contains("Apache Software Foundation");
    }
}
