package org.parley.dealspace.pareto;

class BruteForceParetoTest implements ParetoAlgorithmContract {
    @Override
    public ParetoAlgorithm algorithm() {
        return new BruteForcePareto();
    }
}
