package org.parley.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the small actor fixtures under src/test/resources ({@code actor,capability,position,salience}). */
final class Fixtures {
    private Fixtures() {}

    /** The toy case: positions are already on 0–100. */
    static ForecastInput toy() {
        return read("/handmade/toy.csv", "toy", 1.0);
    }

    /** The EC car-emissions case, positions in years times {@code scale} (10 maps 0–10 years onto 0–100). */
    static ForecastInput carEmissions() {
        return read("/published/bueno-de-mesquita-1994/ec-car-emissions.csv", "emissions", 10.0);
    }

    static ForecastInput read(String resource, String issue, double scale) {
        List<Stance> stances = new ArrayList<>();
        for (String[] f : rows(resource)) {
            stances.add(new Stance(
                    f[0], Double.parseDouble(f[2]) * scale, Double.parseDouble(f[3]), Double.parseDouble(f[1])));
        }
        return ForecastInput.of(issue, stances);
    }

    /** The fields of each row of a CSV resource; comment lines ({@code #}), blank lines and the header skipped. */
    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Fixtures.class.getResourceAsStream(resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split(","));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
