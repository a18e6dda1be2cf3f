/// Data and scipy.stats' fits of them, for the `moldrisk fit` tests. Made by this script
/// (Python 3, numpy 2, scipy 1.17.1), whose output is pasted below:
///
///     import numpy as np
///     from scipy import stats, optimize
///     rng = np.random.default_rng(23)
///     a = np.round(rng.lognormal(np.log(80000), 0.6, 40), 2)
///     b = np.round(rng.gamma(0.7, 1500.0, 30), 3)
///     for name, x in (("sales", a), ("small", b)):
///         print(name, "= [" + ", ".join(repr(float(v)) for v in x) + "]")
///         m, s = stats.norm.fit(x); print(" normal", repr(m), repr(s))
///         sh, loc, sc = stats.lognorm.fit(x, floc=0); print(" lognormal median", repr(sc), "sigma", repr(sh))
///         k, loc, th = stats.gamma.fit(x, floc=0); print(" gamma shape", repr(k), "scale", repr(th))
///         print(" ks normal", repr(stats.kstest(x, 'norm', args=(m, s)).statistic))
///         print(" ks gamma", repr(stats.kstest(x, 'gamma', args=(k, 0, th)).statistic))
///
///     # The listing's days and the beta-binomial MLE (scipy has no betabinom.fit: the
///     # log-likelihood is maximised with scipy.optimize, Nelder–Mead then BFGS, in log α, log β).
///     rng = np.random.default_rng(11)
///     n = rng.integers(800, 3000, 20); p = rng.beta(12.0, 220.0, 20); k = rng.binomial(n, p)
///     def nll(t):
///         a, b = np.exp(t); return -stats.betabinom.logpmf(k, n, a, b).sum()
///     r = optimize.minimize(nll, [np.log(10), np.log(200)], method='Nelder-Mead',
///                           options=dict(xatol=1e-12, fatol=1e-13, maxiter=20000))
///     r = optimize.minimize(nll, r.x, method='BFGS', options=dict(gtol=1e-10))
///     a, b = np.exp(r.x); ph = k.sum() / n.sum(); lb = stats.binom.logpmf(k, n, ph).sum()
///     lr = 2 * (-r.fun - lb)
///     print(a, b, -r.fun, lb, lr, 0.5 * stats.chi2.sf(lr, 1))
///
///     # A triangular sample and scipy's triang.fit (a general optimiser: not an exact MLE).
///     rng = np.random.default_rng(31)
///     x = np.round(rng.triangular(10000, 25000, 90000, 50), 1)
///     c, loc, scale = stats.triang.fit(x)
///     print(c, loc, scale, stats.triang.logpdf(x, c, loc, scale).sum())
enum FitReference {
    struct Sample {
        var values: [Double]
        var normal: (mean: Double, sd: Double)
        var lognormal: (median: Double, sigma: Double)
        var gamma: (shape: Double, scale: Double)
        var ksNormal: Double
        var ksGamma: Double
    }

    static let sales = Sample(
        values: [111495.36, 91157.34, 77264.35, 19898.91, 103639.98, 22337.32, 138100.18, 115077.52, 131638.64, 131452.51,
                 95692.06, 58033.81, 66539.07, 197723.58, 56412.4, 69766.39, 51796.26, 58655.25, 66559.21, 93312.83,
                 67068.4, 64663.8, 55253.82, 84417.72, 35713.44, 82544.5, 175570.75, 50495.23, 77850.6, 433699.56,
                 44098.33, 30245.33, 61926.06, 236557.05, 271264.93, 38568.44, 112630.32, 80217.32, 56204.91, 24893.53],
        normal: (96010.92525, 76649.67369874503),
        lognormal: (76719.2247647021, 0.6482663070479961),
        gamma: (2.3824477850682553, 40299.27784849621),
        ksNormal: 0.20177714331395702,
        ksGamma: 0.11581658715021281)

    static let small = Sample(
        values: [2129.003, 1746.527, 64.569, 310.479, 1759.679, 866.013, 198.062, 3912.794, 657.604, 82.359, 542.207,
                 1761.583, 1521.612, 13.244, 258.471, 1343.942, 582.424, 108.407, 1132.015, 46.097, 1542.499, 3950.102,
                 1718.831, 1152.506, 24.785, 815.202, 494.042, 1003.464, 582.03, 96.27],
        normal: (1013.8940666666668, 1003.8036847983751),
        lognormal: (495.53386683983234, 1.469370365193426),
        gamma: (0.8255888869247949, 1228.0858944738013),
        ksNormal: 0.15941663979903858,
        ksGamma: 0.09526345315514081)

    /// The listing's days (impressions, orders) and scipy's beta-binomial fit.
    static let impressions: [Double] = [1094, 1082, 2553, 1898, 2098, 2123, 2366, 863, 1868, 1125, 1683, 2842, 2005, 954,
                                        1994, 1085, 2459, 2886, 2954, 2168]
    static let orders: [Double] = [74, 43, 115, 120, 112, 137, 129, 45, 124, 35, 106, 174, 58, 43, 115, 64, 176, 193, 88, 103]
    static let betaBinomial = (alpha: 16.67609951903761, beta: 294.84386229749697, logLikelihood: -92.0726296972316)
    static let binomialLogLikelihood = -133.308257264654
    static let statistic = 82.4712551348448
    static let pValue = 5.360904519899187e-20

    /// The triangular sample, scipy's `triang.fit` (c, loc, scale) and its log-likelihood.
    static let triangular: [Double] = [67561.0, 19011.9, 48747.1, 37628.6, 49044.2, 16898.5, 17839.2, 24554.6, 79468.2,
                                       29760.7, 43842.1, 80830.4, 50839.4, 25907.7, 35290.2, 21157.6, 29018.5, 29763.6,
                                       14814.9, 61379.0, 66846.4, 39915.4, 46458.2, 44127.2, 48027.0, 84608.0, 43138.5,
                                       23048.3, 50033.8, 49881.8, 62464.1, 49201.2, 30687.5, 16995.5, 36424.0, 46031.2,
                                       52819.1, 48648.0, 44276.3, 44661.8, 26859.4, 33800.6, 34974.6, 17070.1, 74264.7,
                                       20018.1, 77562.9, 57158.4, 26406.2, 32437.6]
    static let scipyTriang = (c: 0.04116254997858226, loc: 13739.347351947843, scale: 79104.73597342978,
                              logLikelihood: -555.6484770213881)
}
