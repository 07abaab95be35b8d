package org.parley.forecast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.forecast.CompromiseModel;
import org.parley.forecast.ExchangeModel;
import org.parley.forecast.ForecastInput;
import org.parley.forecast.ForecastOptions;
import org.parley.forecast.Stance;
import org.parley.forecast.WeightedMedianModel;

class ForecastReportTest {

    private static final ForecastInput P =
            ForecastInput.of("p", List.of(new Stance("i", 0, 80, 1), new Stance("j", 100, 20, 1)));
    private static final ForecastInput Q =
            ForecastInput.of("q", List.of(new Stance("i", 100, 20, 1), new Stance("j", 0, 80, 1)));

    private final ForecastReport report = ForecastReport.run(
            List.of(P, Q),
            List.of(new CompromiseModel(), new WeightedMedianModel(), new ExchangeModel()),
            ForecastOptions.defaults());

    @Test
    void text_table_sizes_columns_to_content_and_puts_notes_on_their_own_line() {
        assertThat(report.text(false))
                .isEqualTo("issue p\n"
                        + "  model       0-100  value\n"
                        + "  compromise     20\n"
                        + "  median          0\n"
                        + "  exchange        0\n"
                        + "                     note: 1 exchange(s) in 1 round(s) across 2 issues\n"
                        + "issue q\n"
                        + "  model       0-100  value\n"
                        + "  compromise     20\n"
                        + "  median          0\n"
                        + "  exchange        0\n"
                        + "                     note: 1 exchange(s) in 1 round(s) across 2 issues\n");
    }

    @Test
    void text_trajectory_shows_who_gives_way() {
        String text = report.text(true);
        assertThat(text)
                .contains("  exchange by round\n"
                        + "    round            i         j  forecast\n"
                        + "    0                0       100        20\n"
                        + "    1                0         0         0\n");
    }

    @Test
    void json_is_exact() {
        ForecastReport one = ForecastReport.run(List.of(P), List.of(new CompromiseModel()), ForecastOptions.defaults());
        assertThat(one.json(true))
                .isEqualTo("{\"issues\":[{\"issue\":\"p\",\"forecasts\":[{\"model\":\"compromise\",\"forecast\":20,"
                        + "\"value\":null,\"label\":\"\",\"note\":\"\"}]}]}");
    }

    @Test
    void csv_rows_and_trajectory_rows() {
        assertThat(report.csv(false)).startsWith("issue,model,forecast,value,label,note\np,compromise,20,,,\n");
        assertThat(report.csv(true))
                .startsWith("issue,model,round,actor,position,forecast\np,exchange,0,i,0,20\np,exchange,0,j,100,20\n");
    }
}
