package org.parley.forecast.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.forecast.Stance;

class BacktestDataReaderTest {

    private static ReadResult read(String text) throws IOException {
        return BacktestDataReader.read("data.csv", new StringReader(text));
    }

    private static List<String> errors(String text) throws IOException {
        ReadResult r = read(text);
        assertThat(r).isInstanceOf(ReadResult.Rejected.class);
        return ((ReadResult.Rejected) r)
                .errors().stream().map(DataError::toString).toList();
    }

    @Test
    void reads_comments_header_and_rows_grouped_by_issue() throws IOException {
        ReadResult r = read("# a comment\n\nissue,actor,position,salience,capability,outcome\n"
                + "e,NL,40,80,0.08,88.33\ne,DE,40,80,0.16,88.33\nf,NL,10,50,1,20\n");
        BacktestData data = ((ReadResult.Loaded) r).data();
        assertThat(data.issues()).hasSize(2);
        assertThat(data.issues().get(0).stances())
                .containsExactly(new Stance("NL", 40, 80, 0.08), new Stance("DE", 40, 80, 0.16));
        assertThat(data.issues().get(0).outcome()).isEqualTo(88.33);
        assertThat(data.issues().get(1).caseId()).isEqualTo("f");
    }

    @Test
    void reports_every_bad_row_with_file_line_expected_and_found() throws IOException {
        List<String> e = errors("issue,actor,position,salience,capability,outcome\n"
                + "e,NL,140,80,1,50\n"
                + "e,DE,40,NaN,1,50\n"
                + "e,FR,40,80,-1,50\n"
                + "e,IT,40,80,1\n"
                + "e,UK,forty,80,1,50\n"
                + "e,NL2,40,80,1,60\n"
                + "e,DK,40,80,Infinity,50\n");
        assertThat(e)
                .containsExactly(
                        "data.csv:2: expected position: a number in [0, 100], found 140",
                        "data.csv:3: expected salience: a number in [0, 100], found 'NaN'",
                        "data.csv:4: expected capability: a finite number >= 0, found -1",
                        "data.csv:5: expected 6 comma-separated fields, found 5 field(s)",
                        "data.csv:6: expected position: a number in [0, 100], found 'forty'",
                        "data.csv:7: expected outcome 50 as on line 2 for issue 'e', found 60",
                        "data.csv:8: expected capability: a finite number >= 0, found 'Infinity'");
    }

    @Test
    void a_wrong_header_is_one_error_naming_the_expected_header() throws IOException {
        assertThat(errors("# x\nissue,actor,pos\n"))
                .containsExactly("data.csv:2: expected header 'issue,actor,position,salience,capability,outcome',"
                        + " found 'issue,actor,pos'");
    }

    @Test
    void duplicate_actor_rows_and_empty_files_are_errors() throws IOException {
        assertThat(errors("issue,actor,position,salience,capability,outcome\ne,NL,1,1,1,1\ne,NL,2,1,1,1\n"))
                .containsExactly(
                        "data.csv:3: expected one row per actor and issue, found actor 'NL' again on issue 'e'");
        assertThat(errors("# only a comment\n"))
                .hasSize(1)
                .allSatisfy(s -> assertThat(s).contains("no header"));
        assertThat(errors("issue,actor,position,salience,capability,outcome\n"))
                .containsExactly("data.csv:1: expected at least one data row, found none");
    }

    @Test
    void stops_after_the_error_limit() throws IOException {
        StringBuilder b = new StringBuilder("issue,actor,position,salience,capability,outcome\n");
        for (int i = 0; i < 200; i++) {
            b.append("e,a").append(i).append(",x,1,1,1\n");
        }
        assertThat(errors(b.toString())).hasSize(BacktestDataReader.MAX_ERRORS);
    }

    @Test
    void a_missing_file_is_an_error_not_an_exception() {
        ReadResult r = BacktestDataReader.read(Path.of("does/not/exist.csv"));
        assertThat(((ReadResult.Rejected) r).errors().get(0).line()).isZero();
    }
}
