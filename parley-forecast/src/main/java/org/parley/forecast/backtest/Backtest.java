package org.parley.forecast.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.parley.forecast.ForecastInput;
import org.parley.forecast.ForecastModel;
import org.parley.forecast.ForecastOptions;
import org.parley.forecast.IssueForecast;

/**
 * Scores forecasting models against decided issues by mean absolute error (MAE) on the 0–100 scale.
 *
 * <p>For each model: MAE over the issues it gives a forecast for; a bootstrap 95 % interval of the MAE (resample
 * the issues with replacement {@code bootstrap} times, take the 2.5th and 97.5th percentiles of the resampled
 * means); the median absolute error; the number of issues.
 *
 * <p><b>Folds.</b> The six models have no parameters fitted to data, so there is nothing to train on K − 1
 * folds. K-fold here partitions the issues into K random folds (seeded) and reports the MAE within each fold:
 * the spread across folds shows how much a score depends on which issues happen to be in the data set. A
 * model ranking that flips between folds is not one to trust.
 *
 * <p>Issues are passed to the models case by case ({@link DecidedIssue#caseId()}), so the exchange model can
 * trade across the issues of one case. Deterministic for a given seed: the bootstrap and the folds draw from
 * commons-rng {@code XO_RO_SHI_RO_128_PP} seeded with {@code seed}.
 */
public final class Backtest {
    private final List<ForecastModel> models;
    private final ForecastOptions options;
    private final int bootstrap;
    private final int folds;

    /**
     * @param models the models to score, at least one
     * @param options rounds and seed passed to the models; the seed also drives bootstrap and folds
     * @param bootstrap number of bootstrap resamples, at least 100
     * @param folds number of folds, 0 for none, otherwise at least 2
     */
    public Backtest(List<ForecastModel> models, ForecastOptions options, int bootstrap, int folds) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("at least one model");
        }
        if (bootstrap < 100) {
            throw new IllegalArgumentException("bootstrap needs at least 100 resamples");
        }
        if (folds == 1 || folds < 0) {
            throw new IllegalArgumentException("folds must be 0 (none) or at least 2");
        }
        this.models = List.copyOf(models);
        this.options = options;
        this.bootstrap = bootstrap;
        this.folds = folds;
    }

    /** Runs every model over every issue and scores them. */
    public BacktestResult run(BacktestData data) {
        Map<String, List<DecidedIssue>> cases = new LinkedHashMap<>();
        for (DecidedIssue issue : data.issues()) {
            cases.computeIfAbsent(issue.caseId(), k -> new ArrayList<>()).add(issue);
        }
        int[] foldOf = assignFolds(data.issues().size());
        Map<String, Integer> indexOf = new LinkedHashMap<>();
        for (int i = 0; i < data.issues().size(); i++) {
            indexOf.put(data.issues().get(i).issueId(), i);
        }
        List<ModelScore> scores = new ArrayList<>();
        List<IssuePrediction>[] perIssue = newLists(data.issues().size());
        for (ForecastModel model : models) {
            List<Double> errors = new ArrayList<>();
            List<List<Double>> foldErrors = new ArrayList<>();
            for (int k = 0; k < folds; k++) {
                foldErrors.add(new ArrayList<>());
            }
            for (List<DecidedIssue> oneCase : cases.values()) {
                List<ForecastInput> inputs =
                        oneCase.stream().map(DecidedIssue::input).toList();
                List<IssueForecast> forecasts = model.forecast(inputs, options);
                for (int k = 0; k < oneCase.size(); k++) {
                    IssueForecast f = forecasts.get(k);
                    if (f.point().isEmpty()) {
                        continue;
                    }
                    DecidedIssue issue = oneCase.get(k);
                    IssuePrediction p = new IssuePrediction(
                            issue.issueId(), model.name(), f.point().getAsDouble(), issue.outcome());
                    int index = indexOf.get(issue.issueId());
                    perIssue[index].add(p);
                    errors.add(p.absoluteError());
                    if (folds > 0) {
                        foldErrors.get(foldOf[index]).add(p.absoluteError());
                    }
                }
            }
            scores.add(score(model.name(), errors, foldErrors));
        }
        List<IssuePrediction> predictions = new ArrayList<>();
        for (List<IssuePrediction> list : perIssue) {
            predictions.addAll(list);
        }
        return new BacktestResult(data.source(), scores, predictions, folds, options.seed());
    }

    private ModelScore score(String model, List<Double> errors, List<List<Double>> foldErrors) {
        double[] e = errors.stream().mapToDouble(Double::doubleValue).toArray();
        int n = e.length;
        if (n == 0) {
            return new ModelScore(model, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of());
        }
        double mae = mean(e);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(options.seed() ^ model.hashCode());
        double[] means = new double[bootstrap];
        for (int b = 0; b < bootstrap; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += e[rng.nextInt(n)];
            }
            means[b] = sum / n;
        }
        Arrays.sort(means);
        List<Double> foldMae = new ArrayList<>();
        for (List<Double> fe : foldErrors) {
            if (!fe.isEmpty()) {
                foldMae.add(mean(fe.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }
        return new ModelScore(model, n, mae, percentile(means, 0.025), percentile(means, 0.975), median(e), foldMae);
    }

    private int[] assignFolds(int n) {
        int[] fold = new int[n];
        if (folds == 0 || n == 0) {
            return fold;
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(options.seed());
        int[] order = PermutationSampler.natural(n);
        PermutationSampler.shuffle(rng, order);
        for (int k = 0; k < n; k++) {
            fold[order[k]] = k % folds;
        }
        return fold;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
    }

    /** Percentile of sorted values by linear interpolation between closest ranks. */
    static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    @SuppressWarnings("unchecked")
    private static List<IssuePrediction>[] newLists(int n) {
        List<IssuePrediction>[] lists = new List[n];
        for (int i = 0; i < n; i++) {
            lists[i] = new ArrayList<>();
        }
        return lists;
    }
}
