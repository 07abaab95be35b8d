package org.parley.dealspace.report;

/**
 * The expected text report of {@code TestScenarios.toy()}. Hand check of the minimal-concession deal: at
 * troops t (thousand) without monitoring North has .6 − .06t (best .8, reservation .3) and South .5 + .05t
 * (best 1, reservation .25), so the concessions are (.2 + .06t)/.5 and (.5 − .05t)/.75; their maximum is
 * smallest on the grid at t = 1: max(.52, .6) = .6.
 */
final class ToyReport {
    private ToyReport() {}

    static final String TEXT = """
            Deal space: Toy ceasefire
              outcomes: 22 over 2 issues; parties: north, south
              disagreement point: (0.3000, 0.2500)
            Pareto frontier: 15 points covering 15 outcomes (BilateralAdditivePareto)
            ZOPA: 15 deals acceptable to all (exact count)
              troops: 0 thousand … 8 thousand
              monitoring: no monitoring … observers
            Solutions:
              Nash               (0.6000, 0.5000)  troops = 0 thousand, monitoring = no monitoring
              asymmetric Nash    (0.6000, 0.5000)  troops = 0 thousand, monitoring = no monitoring
              Kalai–Smorodinsky  (0.6000, 0.5000)  troops = 0 thousand, monitoring = no monitoring
              utilitarian        (0.6000, 0.5000)  troops = 0 thousand, monitoring = no monitoring
              egalitarian        (0.6000, 0.5000)  troops = 0 thousand, monitoring = no monitoring
            Minimal-concession deal (largest concession): troops = 1 thousand, monitoring = no monitoring, objective 0.6000
              north: utility 0.5400, reservation 0.3000, best 0.8000, concession 0.5200
                troops: 1 thousand; ideal 0 thousand, 1 thousand away; acceptable [-∞, 6] (inside, margin 5 thousand)
                monitoring: no monitoring; ideal peacekeepers, 2 levels away
              south: utility 0.5500, reservation 0.2500, best 1.0000, concession 0.6000
                troops: 1 thousand; ideal 10 thousand, 9 thousand away; acceptable [3, ∞] (outside, margin -2 thousand)
                monitoring: no monitoring; ideal no monitoring, 0 levels away
            """;
}
