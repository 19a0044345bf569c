# statistics: exact means/variances with CPython's result types, medians, mode, quantiles, covariance/correlation/regression, errors and NormalDist
import statistics as st
from statistics import *
print(mean([1, 2, 3, 4]), mean([1, 2]), mean([1, 2, 3]), mean([0.1, 0.2, 0.3]), mean([1, 2.5]), mean([True, False, True]))
print(mean(range(1, 101)), mean(iter([3, 5, 8])), mean([-1.5, 2, 10**20]))
print(variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(variance([1, 2, 3, 4]), variance([1, 3, 5]), pvariance([1, 2, 3, 4]), pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(stdev([1, 2, 3, 4]), pstdev([1, 2, 3, 4, 5]), pstdev([2]), stdev([0.1] * 7), variance([5, 5, 5]))
print(variance([1, 2, 3], 2), pvariance([1.5, 2.5], 2.0), stdev([10, 20, 30], xbar=20))
print(fmean([3.5, 4.0, 5.25]), fmean([1, 2, 3]), fmean(iter([1, 2])), fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(geometric_mean([54, 24, 36]), harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([5]), harmonic_mean([1, 0, 3]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([1, 2]), median([1.5, 2.5]), median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median(['b', 'a', 'c']))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), median_grouped([1, 3, 3, 5, 7], interval=1), median_grouped([1, 3, 3, 5, 7], interval=2), median_grouped([7]))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red", "green", "red", "red"]), multimode('aabbbbccddddeeffffgg'), multimode(''), mode('abc'))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), quantiles([1, 2, 3, 4, 5], method='inclusive'), quantiles([1.5, 2.5, 9.0], n=5), quantiles([1, 2], n=1))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(x, y), covariance(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), correlation(x, x), correlation(x, y), correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5]), linear_regression(x, [2 * v + 0.5 for v in x], proportional=True))
for f, args in [(mean, ([],)), (variance, ([1],)), (stdev, ([],)), (pvariance, ([],)), (median, ([],)), (mode, ([],)), (quantiles, ([1],)), (harmonic_mean, ([-1, 2],)),
                (geometric_mean, ([1, 0],)), (correlation, ([1, 1], [1, 2])), (linear_regression, ([1, 1], [1, 2])), (covariance, ([1], [1, 2])), (fmean, ([],))]:
    try:
        print(f(*args))
    except StatisticsError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try: quantiles([1, 2], method='foo')
except ValueError as e: print(e)
nd = NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode)
print(nd.pdf(110), nd.cdf(130), nd.inv_cdf(0.975), nd.zscore(130), nd.quantiles(), nd.quantiles(10))
print([round(NormalDist().inv_cdf(p), 12) for p in (0.001, 0.01, 0.2, 0.5, 0.9, 0.99999, 1e-10)])
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(1, 2).overlap(NormalDist(3, 2)))
print(nd + 5, nd - 10, nd * 2, nd / 3, 2 * nd, 5 + nd, 50 - nd, -nd, +nd, nd + NormalDist(0, 20), nd - NormalDist(10, 20))
print(nd == NormalDist(100.0, 15.0), nd == 3, hash(nd) == hash(NormalDist(100, 15)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(NormalDist(10, 2).samples(3, seed=42))
try: NormalDist(0, -1)
except StatisticsError as e: print(e)
try: NormalDist(0, 0).pdf(1)
except StatisticsError as e: print(e)
print(type(mean([1, 2, 3])).__name__, type(mean([1.0, 2.0])).__name__, type(variance([1, 2, 3])).__name__, type(stdev([1, 2, 3])).__name__, type(median([1, 3])).__name__)
import random
rng = random.Random(7)
vals = [rng.random() * 100 for _ in range(200)]
ivals = [rng.randrange(1000) for _ in range(200)]
print(mean(vals), variance(vals), stdev(vals), pvariance(vals), pstdev(vals))
print(mean(ivals), variance(ivals), stdev(ivals), pvariance(ivals), pstdev(ivals), median(ivals), median_grouped(ivals, 10))
print(mean([1e308, 1e308, -1e308]), variance([1e-300, 2e-300, 3e-300]), stdev([1e150, 2e150, 3e150]))
print(mean([float('inf'), 1.0]), mean([float('nan'), 1.0]))
# expect: 2.5 1.5 2 0.2 1.75 0.6666666666666666
# expect: 50.5 5.333333333333333 3.333333333333333e+19
# expect: 1.3720238095238095 1.0810874155219827
# expect: 1.6666666666666667 4 1.25 1.25
# expect: 1.2909944487358056 1.4142135623730951 0.0 0.0 0
# expect: 1 0.25 10.0
# expect: 4.25 2.0 1.5 87.6
# expect: 36.000000000000014 48.0 3.6 56.0 5 0
# expect: 3 4.0 1.5 2.0 3 5 b
# expect: 52.5 3.7 3.25 3.5 7.0
# expect: 3 red ['b', 'd', 'f'] [] a
# expect: [81.0, 86.2, 89.0, 99.4, 102.5, 103.6, 106.0, 109.8, 111.0]
# expect: [2.75, 5.5, 8.25] [2.0, 3.0, 4.0] [1.3, 2.1, 5.1, 10.3] []
# expect: 0.75 -7.5 1.0 0.31622776601683794 -1.0
# expect: LinearRegression(slope=0.31, intercept=-610.18) LinearRegression(slope=2.0789473684210527, intercept=0.0)
# expect: StatisticsError mean requires at least one data point True
# expect: StatisticsError variance requires at least two data points True
# expect: StatisticsError stdev requires at least two data points True
# expect: StatisticsError pvariance requires at least one data point True
# expect: StatisticsError no median for empty data True
# expect: StatisticsError no mode for empty data True
# expect: StatisticsError must have at least two data points True
# expect: StatisticsError harmonic mean does not support negative values True
# expect: StatisticsError geometric mean requires a non-empty dataset containing positive numbers True
# expect: StatisticsError at least one of the inputs is constant True
# expect: StatisticsError x is constant True
# expect: StatisticsError covariance requires that both inputs have same number of data points True
# expect: StatisticsError fmean requires at least one data point True
# expect: Unknown method: 'foo'
# expect: NormalDist(mu=100.0, sigma=15.0) 100.0 15.0 225.0 100.0 100.0
# expect: 0.02129653370149015 0.9772498680518208 129.3994597681008 2.0 [89.88265374705878, 100.0, 110.11734625294122] [80.77672651683099, 87.37568149640629, 92.1339923093794, 96.19979345296301, 100.0, 103.80020654703699, 107.8660076906206, 112.62431850359371, 119.22327348316901]
# expect: [-3.090232306168, -2.326347874041, -0.841621233573, 0.0, 1.281551565545, 4.264890793924, -6.361340902404]
# expect: 0.8035050657330205 0.6170750774519738
# expect: NormalDist(mu=105.0, sigma=15.0) NormalDist(mu=90.0, sigma=15.0) NormalDist(mu=200.0, sigma=30.0) NormalDist(mu=33.333333333333336, sigma=5.0) NormalDist(mu=200.0, sigma=30.0) NormalDist(mu=105.0, sigma=15.0) NormalDist(mu=-50.0, sigma=15.0) NormalDist(mu=-100.0, sigma=15.0) NormalDist(mu=100.0, sigma=15.0) NormalDist(mu=100.0, sigma=25.0) NormalDist(mu=90.0, sigma=25.0)
# expect: True False True
# expect: NormalDist(mu=6.85, sigma=4.389618434442793)
# expect: [9.711819340844142, 9.654192799336961, 9.777368276864674]
# expect: sigma must be non-negative
# expect: pdf() not defined when sigma is zero
# expect: int float int float float
# expect: 46.75124845889813 880.1181753375886 29.66678572642457 875.7175844609006 29.59252582090452
# expect: 517.82 88176.11819095477 296.9446382593139 87735.2376 296.20134638451594 526.5 524.0
# expect: 3.333333333333333e+307 0.0 1.0000000000000002e+150
# expect: inf nan
