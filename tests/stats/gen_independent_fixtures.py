#!/usr/bin/python3
"""Generate independent reference fixtures for ValueRank Workbench's statistics.

What it generates
-----------------
tests/stats/data/independent_fixtures.json, an object with keys

  "meta"          library versions, seed, the exact library calls used and the
                  edge-case conventions (null = undefined);
  "clustered"     mean of scores with a cluster-robust (CR1) standard error,
                  clusters = scenarios; t CI with G-1 df; naive SE; design
                  effect; effective N; one-way ANOVA ICC(1) for unbalanced groups;
  "paired"        one-sample t test of differences d against 0 (two-sided), its
                  95% CI, and the Wilcoxon signed-rank p-value (normal approx.,
                  zeros dropped, no continuity correction, tie-corrected variance);
  "adjust"        Holm and Benjamini-Hochberg adjusted p-values;
  "kappa"         Cohen's kappa, unweighted and quadratic-weighted, 5x5 table
                  over categories 1..5;
  "krippendorff"  Krippendorff's alpha, ordinal metric.

Which libraries
---------------
Debian's python3-numpy, python3-scipy and python3-statsmodels (installed with
`apt-get install -y python3-scipy python3-statsmodels python3-numpy`):

  * clustered se: statsmodels
        sm.OLS(y, np.ones(n)).fit(cov_type='cluster',
                                  cov_kwds={'groups': clusters}).bse[0]
    cross-checked against a hand-written numpy sandwich with the CR1 factor
    G/(G-1)*(N-1)/(N-K), K=1 (i.e. G/(G-1)), asserted equal to 1e-12 (relative).
  * t quantiles: scipy.stats.t.ppf(0.975, df)
  * ICC(1): numpy sums of squares, cross-checked with scipy.stats.f_oneway
    (F = MSB/MSW) wherever F is finite and defined.
  * paired t: scipy.stats.ttest_1samp(d, 0) (two-sided), cross-checked by hand.
  * Wilcoxon: scipy.stats.wilcoxon(d, zero_method='wilcox', correction=False,
    method='approx').pvalue  -- scipy 1.10 accepts the keyword `method`
    (older releases called it `mode`); the script detects which keyword the
    installed scipy takes and records it in meta.
  * adjust: statsmodels.stats.multitest.multipletests(p, method='holm')[1] and
    multipletests(p, method='fdr_bh')[1]
  * kappa: statsmodels.stats.inter_rater.cohens_kappa(table).kappa and
    cohens_kappa(table, wt='quadratic').kappa on the 5x5 table (categories
    1..5 always, empty rows/columns included), cross-checked by a numpy formula.
  * Krippendorff's alpha (ordinal): no library; a numpy implementation written
    from Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability"
    (coincidence matrix over pairable units, ordinal delta^2 from the marginal
    sums n_g).  It is checked against the paper's worked example (4 coders x
    12 units: alpha nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797)
    and against a second, pair-by-pair formulation of the same statistic.

How to rerun
------------
From the repository root:

    /usr/bin/python3 tests/stats/gen_independent_fixtures.py

The script writes tests/stats/data/independent_fixtures.json itself (path is
relative to this script, so the working directory does not matter) and prints
a one-line summary to stderr.  Pass `-` as the only argument to write the JSON
to stdout instead:

    /usr/bin/python3 tests/stats/gen_independent_fixtures.py - > out.json

It is deterministic: every random draw comes from
numpy.random.default_rng(SEED) with a fixed SEED, and the JSON has no
timestamps.  Use /usr/bin/python3 (the Debian interpreter that sees the Debian
packages); a pyenv `python3` on PATH may not have scipy/statsmodels.

Conventions (a C++ implementation must match these)
---------------------------------------------------
Numbers are JSON doubles written with Python's repr (shortest round-trip).
null means "undefined"; see meta["conventions"] for the exact rules per field.
A clustered case may carry an extra "note" field (informational only).
"""

import json
import math
import os
import sys
import warnings

import numpy as np
import scipy
import scipy.stats as st
import statsmodels
import statsmodels.api as sm
from statsmodels.stats.inter_rater import cohens_kappa
from statsmodels.stats.multitest import multipletests

SEED = 20240517
rng = np.random.default_rng(SEED)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def fnum(x):
    """float -> JSON number, nan/inf -> None."""
    if x is None:
        return None
    x = float(x)
    if math.isnan(x) or math.isinf(x):
        return None
    return x


def flist(xs):
    return [fnum(x) for x in xs]


def close(a, b, rel=1e-12, abs_=1e-15):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_)


def wilcoxon_kwarg():
    """Which keyword this scipy takes for the approx/exact choice."""
    import inspect
    params = inspect.signature(st.wilcoxon).parameters
    if "method" in params:
        return "method"
    if "mode" in params:
        return "mode"
    raise RuntimeError("scipy.stats.wilcoxon takes neither method nor mode")


WILCOXON_KW = wilcoxon_kwarg()


# --------------------------------------------------------------------------
# 1. clustered
# --------------------------------------------------------------------------

def cr1_se_by_hand(y, clusters):
    """CR1 sandwich for the intercept-only model, by hand."""
    y = np.asarray(y, float)
    n = len(y)
    _, inv = np.unique(np.asarray(clusters), return_inverse=True)
    G = inv.max() + 1
    e = y - y.mean()
    sums = np.bincount(inv, weights=e, minlength=G)
    meat = float(np.sum(sums ** 2))
    K = 1
    corr = (G / (G - 1.0)) * ((n - 1.0) / (n - K))
    var = corr * meat / (n * n)  # bread (X'X)^-1 = 1/n on both sides
    return math.sqrt(var)


def icc1(y, clusters):
    """One-way ANOVA ICC(1) for unbalanced groups; returns (icc, msb, msw)."""
    y = np.asarray(y, float)
    N = len(y)
    _, inv = np.unique(np.asarray(clusters), return_inverse=True)
    G = int(inv.max() + 1)
    if G < 2 or N - G < 1:
        return None, None, None
    ng = np.bincount(inv, minlength=G).astype(float)
    means = np.bincount(inv, weights=y, minlength=G) / ng
    grand = y.mean()
    ssb = float(np.sum(ng * (means - grand) ** 2))
    ssw = float(np.sum((y - means[inv]) ** 2))
    msb = ssb / (G - 1)
    msw = ssw / (N - G)
    k0 = (N - float(np.sum(ng ** 2)) / N) / (G - 1)
    den = msb + (k0 - 1.0) * msw
    if den == 0.0:
        return None, msb, msw
    return (msb - msw) / den, msb, msw


def clustered_case(name, scores, clusters):
    y = np.asarray(scores, float)
    cl = np.asarray(clusters, int)
    assert len(y) == len(cl) and len(y) >= 1
    n = len(y)
    G = len(np.unique(cl))
    mean = float(np.mean(y))

    naive = float(np.std(y, ddof=1) / math.sqrt(n)) if n >= 2 else None

    se = ci = df = deff = neff = note = None
    if G >= 2:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = sm.OLS(y, np.ones(n)).fit(cov_type="cluster",
                                            cov_kwds={"groups": cl})
        se = float(res.bse[0])
        se_hand = cr1_se_by_hand(y, cl)
        if se_hand == 0.0 and naive:
            # statsmodels fits the intercept through pinv, so its residuals
            # carry ~1e-16 noise and bse is ~1e-16 instead of exactly 0 when
            # every cluster mean equals the grand mean.  Emit the exact 0.
            assert se <= 1e-12 * naive, (name, se)
            note = ("statsmodels bse = %r (pinv rounding noise); exact se 0 "
                    "emitted" % se)
            se = 0.0
        else:
            assert close(se, se_hand, 1e-12, 1e-300), (name, se, se_hand)
        df = G - 1
        tq = float(st.t.ppf(0.975, df))
        ci = [mean - tq * se, mean + tq * se]
        if naive is not None and naive != 0.0:
            deff = (se / naive) ** 2
            neff = n / deff if deff != 0.0 else None  # deff 0 -> infinite

    icc, msb, msw = icc1(y, cl)
    # cross-check MSB/MSW against scipy's one-way ANOVA F
    if msb is not None and msw is not None and msw > 0:
        groups = [y[cl == g] for g in np.unique(cl)]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            F = float(st.f_oneway(*groups).statistic)
        assert close(F, msb / msw, 1e-9, 1e-12), (name, F, msb / msw)

    case = {
        "name": name,
        "scores": flist(y),
        "clusters": [int(c) for c in cl],
        "mean": fnum(mean),
        "se": fnum(se),
        "ci95": None if ci is None else flist(ci),
        "df": df,
        "naiveSe": fnum(naive),
        "designEffect": fnum(deff),
        "effectiveN": fnum(neff),
        "icc": fnum(icc),
    }
    if note:
        case["note"] = note
    return case


def latent_scores(n_clusters, repeats, cluster_sd, noise_sd, center=3.0):
    """Integer 1..5 scores from a latent normal model with a cluster effect."""
    eff = rng.normal(0.0, cluster_sd, n_clusters)
    scores, clusters = [], []
    for g in range(n_clusters):
        lat = center + eff[g] + rng.normal(0.0, noise_sd, repeats)
        s = np.clip(np.rint(lat), 1, 5)
        scores.extend(s.tolist())
        clusters.extend([g] * repeats)
    return scores, clusters


def build_clustered():
    cases = []

    s, c = latent_scores(10, 4, cluster_sd=0.9, noise_sd=0.7)
    cases.append(clustered_case("balanced_4rep_x_10clusters_latent_int", s, c))

    # unbalanced sizes 1..6 (each size twice), continuous scores
    sizes = [1, 2, 3, 4, 5, 6, 6, 5, 4, 3, 2, 1]
    s, c = [], []
    for g, m in enumerate(sizes):
        mu = rng.normal(3.0, 0.6)
        s.extend(np.round(mu + rng.normal(0, 0.8, m), 3).tolist())
        c.extend([g] * m)
    cases.append(clustered_case("unbalanced_sizes_1_to_6", s, c))

    # several single-observation clusters mixed with larger ones, integer 1..5
    sizes = [1, 1, 4, 1, 3, 1, 4, 2, 1]
    s, c = [], []
    for g, m in enumerate(sizes):
        mu = rng.normal(3.0, 1.0)
        s.extend(np.clip(np.rint(mu + rng.normal(0, 0.8, m)), 1, 5).tolist())
        c.extend([g] * m)
    cases.append(clustered_case("some_single_observation_clusters", s, c))

    # G = 2
    cases.append(clustered_case("two_clusters",
                                [2.0, 3.0, 4.0, 3.0, 4.0, 5.0, 5.0],
                                [0, 0, 0, 1, 1, 1, 1]))

    # G = 1
    cases.append(clustered_case("one_cluster",
                                [1.0, 2.0, 4.0, 5.0, 3.0],
                                [4, 4, 4, 4, 4]))

    # all scores equal
    cases.append(clustered_case("all_scores_equal",
                                [3.0] * 12, [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]))

    # ICC ~ 0: no cluster effect
    s, c = latent_scores(30, 5, cluster_sd=0.0, noise_sd=1.0)
    cases.append(clustered_case("icc_near_zero_no_cluster_effect", s, c))

    # ICC ~ 0.8: strong cluster effect, continuous scores
    G, m = 60, 4
    eff = rng.normal(0, 2.2, G)  # population ICC = 4.84/5.84 = 0.83
    s = (3.0 + np.repeat(eff, m) + rng.normal(0, 1.0, G * m)).tolist()
    c = np.repeat(np.arange(G), m).tolist()
    cases.append(clustered_case("icc_near_0_8_strong_cluster_effect", s, c))

    # 200 clusters x 3
    s, c = latent_scores(200, 3, cluster_sd=0.6, noise_sd=0.9)
    cases.append(clustered_case("many_clusters_200x3", s, c))

    # non-integer cluster means (3 repeats of integer scores -> thirds)
    cases.append(clustered_case("non_integer_cluster_means",
                                [1.0, 2.0, 2.0, 4.0, 5.0, 5.0, 3.0, 3.0, 4.0,
                                 2.0, 1.0, 1.0, 5.0, 4.0, 4.0],
                                [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]))

    # non-contiguous, interleaved cluster ids
    ids = [7, 3, 7, 9, 3, 12, 9, 7, 3, 12, 9, 7, 40, 40, 3]
    sc = [4.0, 2.0, 5.0, 3.0, 1.0, 4.0, 3.0, 4.0, 2.0, 5.0, 2.0, 5.0, 1.0, 2.0, 2.0]
    cases.append(clustered_case("non_contiguous_interleaved_ids", sc, ids))

    # every cluster has one observation: N - G = 0 -> icc null; CR1 == naive
    cases.append(clustered_case("all_singleton_clusters",
                                [1.0, 4.0, 2.0, 5.0, 3.0, 3.0],
                                [0, 1, 2, 3, 4, 5]))

    # cluster means all equal the grand mean: se = 0, designEffect = 0,
    # effectiveN infinite -> null; icc negative
    cases.append(clustered_case("cluster_means_all_equal",
                                [1.0, 3.0, 2.0, 2.0, 0.0, 4.0],
                                [0, 0, 1, 1, 2, 2]))

    # constant within clusters: MSW = 0 -> icc = 1 exactly
    cases.append(clustered_case("constant_within_clusters",
                                [1.0, 1.0, 1.0, 3.0, 3.0, 5.0, 5.0, 5.0, 5.0],
                                [0, 0, 0, 1, 1, 2, 2, 2, 2]))

    # negative ICC: more spread within than between (cluster means 3, 3.5, 2.5, 3)
    cases.append(clustered_case("negative_icc",
                                [1.0, 5.0, 2.0, 5.0, 1.0, 4.0, 5.0, 1.0],
                                [0, 0, 1, 1, 2, 2, 3, 3]))

    # a single observation
    cases.append(clustered_case("single_observation", [4.0], [1]))

    return cases


# --------------------------------------------------------------------------
# 2. paired
# --------------------------------------------------------------------------

def paired_case(name, d):
    d = np.asarray(d, float)
    n = len(d)
    mean = float(np.mean(d))
    sd = float(np.std(d, ddof=1)) if n >= 2 else None

    ci = t = p = None
    if n >= 2:
        tq = float(st.t.ppf(0.975, n - 1))
        half = tq * sd / math.sqrt(n)
        ci = [mean - half, mean + half]
        if sd > 0:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                r = st.ttest_1samp(d, 0.0)
            t, p = float(r.statistic), float(r.pvalue)
            t_hand = mean / (sd / math.sqrt(n))
            p_hand = 2.0 * float(st.t.sf(abs(t_hand), n - 1))
            assert close(t, t_hand, 1e-10), (name, t, t_hand)
            assert close(p, p_hand, 1e-9, 1e-300), (name, p, p_hand)

    wp = None
    if np.count_nonzero(d) >= 1:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = st.wilcoxon(d, zero_method="wilcox", correction=False,
                            **{WILCOXON_KW: "approx"})
        wp = float(r.pvalue)
        # hand check of the normal approximation with tie correction
        nz = d[d != 0]
        m = len(nz)
        rk = st.rankdata(np.abs(nz))
        rp = float(np.sum(rk[nz > 0]))
        rm = float(np.sum(rk[nz < 0]))
        T = min(rp, rm)
        _, counts = np.unique(np.abs(nz), return_counts=True)
        var = (m * (m + 1.0) * (2.0 * m + 1.0)
               - 0.5 * float(np.sum(counts * (counts * counts - 1.0)))) / 24.0
        if var > 0:
            z = (T - m * (m + 1.0) / 4.0) / math.sqrt(var)
            assert close(wp, 2.0 * float(st.norm.sf(abs(z))), 1e-10, 1e-300), name

    return {
        "name": name,
        "d": flist(d),
        "n": int(n),
        "mean": fnum(mean),
        "ci95": None if ci is None else flist(ci),
        "t": fnum(t),
        "p": fnum(p),
        "wilcoxonP": fnum(wp),
    }


def cell_means(n_scen, reps, shift, sd):
    """Per-scenario mean of `reps` integer scores 1..5 (multiples of 1/reps)."""
    base = rng.normal(3.0, 0.8, n_scen)
    lat = base[:, None] + shift + rng.normal(0, sd, (n_scen, reps))
    return np.clip(np.rint(lat), 1, 5).mean(axis=1)


def build_paired():
    cases = []
    for n in (5, 12, 40, 300):
        d = rng.normal(0.3, 1.0, n)
        cases.append(paired_case("normal_n%d" % n, d))

    # many ties: differences of cell means on a 0.25 grid
    d = rng.integers(-4, 6, 30) * 0.25
    cases.append(paired_case("ties_quarter_grid", d))

    # with zeros
    d = np.concatenate([np.zeros(6), rng.integers(-3, 5, 20) * 0.5])
    rng.shuffle(d)
    cases.append(paired_case("with_zeros", d))

    cases.append(paired_case("all_zero", np.zeros(8)))
    cases.append(paired_case("one_nonzero", [0.0, 0.0, 0.75, 0.0, 0.0]))
    cases.append(paired_case("n2", [0.4, 1.1]))
    cases.append(paired_case("large_effect", rng.normal(2.5, 0.5, 25)))
    cases.append(paired_case("negative_effect", rng.normal(-0.6, 1.0, 35)))

    # two models whose scenario bases are drawn independently (no pairing effect)
    a = cell_means(50, 4, shift=0.0, sd=0.9)
    b = cell_means(50, 4, shift=0.0, sd=0.9)
    # two models scored on the same 50 scenarios (shared scenario difficulty),
    # model B shifted by +0.3 on the latent scale; d = cell mean A - cell mean B
    base = rng.normal(3.0, 0.8, 50)
    ma = np.clip(np.rint(base[:, None] + rng.normal(0, 0.9, (50, 4))), 1, 5).mean(1)
    mb = np.clip(np.rint(base[:, None] + 0.3 + rng.normal(0, 0.9, (50, 4))), 1, 5).mean(1)
    cases.append(paired_case("cell_mean_diffs_50scen_x_4rep", ma - mb))
    cases.append(paired_case("cell_mean_diffs_50scen_x_4rep_unrelated", a - b))

    cases.append(paired_case("constant_nonzero", [0.5] * 6))
    cases.append(paired_case("single_value", [1.25]))
    cases.append(paired_case("all_negative_ties", [-1.0, -1.0, -0.5, -2.0, -0.5, -1.0]))
    return cases


# --------------------------------------------------------------------------
# 3. adjust
# --------------------------------------------------------------------------

def adjust_case(name, p):
    p = np.asarray(p, float)
    holm = multipletests(p, method="holm")[1]
    bh = multipletests(p, method="fdr_bh")[1]
    # hand cross-check
    m = len(p)
    o = np.argsort(p, kind="mergesort")
    ps = p[o]
    h = np.minimum(np.maximum.accumulate(ps * np.arange(m, 0, -1)), 1.0)
    b = np.minimum(np.minimum.accumulate((ps * m / np.arange(1, m + 1))[::-1])[::-1], 1.0)
    hh = np.empty(m); hh[o] = h
    bb = np.empty(m); bb[o] = b
    assert np.allclose(hh, holm, rtol=1e-12, atol=0), name
    assert np.allclose(bb, bh, rtol=1e-12, atol=0), name
    return {"name": name, "p": flist(p), "holm": flist(holm), "bh": flist(bh)}


def build_adjust():
    cases = []
    cases.append(adjust_case("single", [0.03]))
    cases.append(adjust_case("three", [0.01, 0.04, 0.03]))
    cases.append(adjust_case("ten_random", rng.uniform(0, 0.2, 10)))
    p45 = np.concatenate([rng.uniform(0, 1, 35), rng.uniform(0, 0.01, 10)])
    rng.shuffle(p45)
    cases.append(adjust_case("45_pairs_of_10_models", p45))
    p1035 = np.concatenate([rng.uniform(0, 1, 900), 10.0 ** rng.uniform(-12, -2, 135)])
    rng.shuffle(p1035)
    cases.append(adjust_case("1035_pairs_of_46_models", p1035))
    cases.append(adjust_case("ties", [0.02, 0.02, 0.02, 0.5, 0.01, 0.5, 0.04, 0.01]))
    cases.append(adjust_case("exact_zero_and_one", [0.0, 1.0, 0.3, 0.0, 1.0, 0.05]))
    cases.append(adjust_case("would_exceed_one", [0.4, 0.5, 0.6, 0.3, 0.45, 0.9, 0.35]))
    cases.append(adjust_case("all_equal", [0.2] * 6))
    cases.append(adjust_case("tiny_values", [1e-300, 5e-17, 1e-10, 0.049, 3e-5]))
    cases.append(adjust_case("descending_input", [0.9, 0.5, 0.2, 0.05, 0.01, 0.001]))
    return cases


# --------------------------------------------------------------------------
# 4. kappa
# --------------------------------------------------------------------------

def table5(a, b):
    t = np.zeros((5, 5))
    for x, y in zip(a, b):
        t[x - 1, y - 1] += 1
    return t


def kappa_hand(t, quadratic):
    n = t.sum()
    pr = t.sum(1) / n
    pc = t.sum(0) / n
    e = np.outer(pr, pc)
    if not quadratic:
        po, pe = np.trace(t) / n, np.trace(e)
        return None if pe == 1.0 else (po - pe) / (1 - pe)
    i = np.arange(5.0)
    w = (i[:, None] - i[None, :]) ** 2 / 16.0
    de = float((w * e).sum())
    return None if de == 0.0 else 1.0 - float((w * t).sum()) / n / de


def kappa_case(name, a, b):
    a = [int(x) for x in a]
    b = [int(x) for x in b]
    assert len(a) == len(b) and all(1 <= x <= 5 for x in a + b)
    t = table5(a, b)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        k = float(cohens_kappa(t).kappa)
        kq = float(cohens_kappa(t, wt="quadratic").kappa)
    hk, hq = kappa_hand(t, False), kappa_hand(t, True)
    for lib, hand in ((k, hk), (kq, hq)):
        if hand is None:
            assert not math.isfinite(lib), (name, lib)
        else:
            assert close(lib, hand, 1e-12, 1e-15), (name, lib, hand)
    return {"name": name, "a": a, "b": b, "cohen": fnum(k), "quadratic": fnum(kq)}


def build_kappa():
    cases = []
    a = rng.integers(1, 6, 40)
    cases.append(kappa_case("perfect_agreement", a, a))
    cases.append(kappa_case("independent_random", rng.integers(1, 6, 60),
                            rng.integers(1, 6, 60)))
    a = rng.integers(1, 6, 80)
    b = np.clip(a + rng.integers(-1, 2, 80) * (rng.uniform(size=80) < 0.5), 1, 5)
    cases.append(kappa_case("correlated_off_by_one", a, b))
    cases.append(kappa_case("one_rater_constant", [3] * 10,
                            [1, 2, 3, 3, 4, 5, 3, 2, 3, 4]))
    cases.append(kappa_case("both_constant_same_category", [4] * 7, [4] * 7))
    cases.append(kappa_case("both_constant_different_category", [2] * 7, [5] * 7))
    a = rng.integers(1, 6, 30)
    cases.append(kappa_case("reversed_scale", a, 6 - a))
    cases.append(kappa_case("only_middle_categories_used",
                            [2, 3, 4, 3, 2, 4, 3, 3, 2, 4],
                            [2, 3, 3, 3, 2, 4, 4, 3, 3, 4]))
    a = rng.integers(1, 6, 500)
    b = np.where(rng.uniform(size=500) < 0.6, a, rng.integers(1, 6, 500))
    cases.append(kappa_case("large_n500_mixture", a, b))
    cases.append(kappa_case("single_pair", [2], [2]))
    return cases


# --------------------------------------------------------------------------
# 5. Krippendorff's alpha (Krippendorff 2011)
# --------------------------------------------------------------------------

def _delta2(values, n_c, metric):
    """delta^2 matrix over the sorted distinct values that occur."""
    v = np.asarray(values, float)
    V = len(v)
    D = np.zeros((V, V))
    cum = np.concatenate([[0.0], np.cumsum(n_c)])  # cum[i] = sum n_0..n_{i-1}
    for c in range(V):
        for k in range(V):
            if metric == "nominal":
                D[c, k] = 0.0 if c == k else 1.0
            elif metric == "ordinal":
                lo, hi = min(c, k), max(c, k)
                s = cum[hi + 1] - cum[lo]  # sum_{g=lo..hi} n_g
                D[c, k] = (s - (n_c[c] + n_c[k]) / 2.0) ** 2
            elif metric == "interval":
                D[c, k] = (v[c] - v[k]) ** 2
            elif metric == "ratio":
                D[c, k] = ((v[c] - v[k]) / (v[c] + v[k])) ** 2 if v[c] + v[k] else 0.0
            else:
                raise ValueError(metric)
    return D


def kripp_alpha(coders, metric="ordinal"):
    """Coincidence-matrix computation (Krippendorff 2011, sections B/C)."""
    units = list(zip(*coders))  # per unit: tuple of values (None = missing)
    units = [[x for x in u if x is not None] for u in units]
    units = [u for u in units if len(u) >= 2]  # pairable units only
    if not units:
        return None
    values = sorted({x for u in units for x in u})
    idx = {x: i for i, x in enumerate(values)}
    V = len(values)
    o = np.zeros((V, V))
    for u in units:
        m = len(u)
        cnt = np.zeros(V)
        for x in u:
            cnt[idx[x]] += 1
        # number of ordered c-k pairs in the unit: n_uc * n_uk (c != k),
        # n_uc * (n_uc - 1) (c == k); each weighted 1/(m_u - 1)
        o += (np.outer(cnt, cnt) - np.diag(cnt)) / (m - 1.0)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    D = _delta2(values, n_c, metric)
    Do = float((o * D).sum())
    De = float((np.outer(n_c, n_c) * D).sum())
    if De == 0.0:
        return None
    return 1.0 - (n - 1.0) * Do / De


def kripp_alpha_pairwise(coders, metric="ordinal"):
    """Same statistic computed pair by pair over values (independent check)."""
    units = [[x for x in u if x is not None] for u in zip(*coders)]
    units = [u for u in units if len(u) >= 2]
    if not units:
        return None
    pooled = [x for u in units for x in u]
    values = sorted(set(pooled))
    n_c = np.array([pooled.count(x) for x in values], float)
    # pairable marginals n_c equal the plain value counts over pairable units
    D = _delta2(values, n_c, metric)
    idx = {x: i for i, x in enumerate(values)}
    n = len(pooled)
    Do = 0.0
    for u in units:
        s = 0.0
        for i in range(len(u)):
            for j in range(len(u)):
                if i != j:
                    s += D[idx[u[i]], idx[u[j]]]
        Do += s / (len(u) - 1.0)
    Do /= n
    De = 0.0
    for i in range(n):
        for j in range(n):
            if i != j:
                De += D[idx[pooled[i]], idx[pooled[j]]]
    De /= n * (n - 1.0)
    if De == 0.0:
        return None
    return 1.0 - Do / De


PAPER_EXAMPLE = [  # Krippendorff (2011), reliability data matrix, 4 coders x 12 units
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],     # coder A
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],           # coder B
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],        # coder C
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],           # coder D
]


def check_paper_example():
    expect = {"nominal": 0.743, "ordinal": 0.815, "interval": 0.849, "ratio": 0.797}
    got = {}
    for metric, want in expect.items():
        a = kripp_alpha(PAPER_EXAMPLE, metric)
        got[metric] = a
        assert abs(a - want) < 0.0005, (metric, a, want)
    return got


def kripp_case(name, coders):
    a = kripp_alpha(coders, "ordinal")
    b = kripp_alpha_pairwise(coders, "ordinal")
    assert (a is None) == (b is None), name
    if a is not None:
        assert close(a, b, 1e-12, 1e-14), (name, a, b)
    return {"name": name,
            "coders": [[None if x is None else int(x) for x in row] for row in coders],
            "alphaOrdinal": fnum(a)}


def build_kripp():
    cases = []
    cases.append(kripp_case("krippendorff2011_worked_example", PAPER_EXAMPLE))

    a = rng.integers(1, 6, 20)
    b = np.clip(a + rng.integers(-1, 2, 20), 1, 5)
    cases.append(kripp_case("two_coders_no_missing", [a.tolist(), b.tolist()]))

    base = rng.integers(1, 6, 15)
    rows = []
    for _ in range(3):
        r = np.clip(base + rng.integers(-1, 2, 15) * (rng.uniform(size=15) < 0.4), 1, 5)
        r = [int(x) if rng.uniform() > 0.2 else None for x in r]
        rows.append(r)
    cases.append(kripp_case("three_coders_with_missing", rows))

    cases.append(kripp_case("perfect_agreement_with_missing",
                            [[1, 2, 3, None, 5, 4],
                             [1, 2, 3, 4, 5, None],
                             [None, 2, 3, 4, 5, 4]]))
    cases.append(kripp_case("single_value_everywhere_undefined",
                            [[3, 3, 3, None], [3, 3, None, 3]]))
    cases.append(kripp_case("systematic_disagreement_negative",
                            [[1, 5, 1, 5, 2, 4], [5, 1, 5, 1, 4, 2]]))
    cases.append(kripp_case("codes_with_gaps_1_2_5",
                            [[1, 1, 2, 5, 5, 2, 1], [1, 2, 2, 5, 1, 2, 1],
                             [None, 1, 2, 5, 5, None, 2]]))
    cases.append(kripp_case("no_pairable_unit_undefined",
                            [[1, None, 3], [None, 2, None]]))
    cases.append(kripp_case("one_pairable_unit_plus_singletons",
                            [[1, 4, None, 2], [2, None, 5, None]]))
    return cases


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

REQUIRED = {
    "clustered": ["name", "scores", "clusters", "mean", "se", "ci95", "df",
                  "naiveSe", "designEffect", "effectiveN", "icc"],
    "paired": ["name", "d", "n", "mean", "ci95", "t", "p", "wilcoxonP"],
    "adjust": ["name", "p", "holm", "bh"],
    "kappa": ["name", "a", "b", "cohen", "quadratic"],
    "krippendorff": ["name", "coders", "alphaOrdinal"],
}

CONVENTIONS = {
    "clustered": [
        "G = number of distinct cluster ids (ids need not be contiguous or sorted).",
        "se = CR1 cluster-robust SE of the mean = sqrt(G/(G-1) * sum_g (sum_{i in g}(y_i - mean))^2) / N.",
        "df = G-1; ci95 = mean -/+ t.ppf(0.975, G-1) * se.",
        "G < 2: se, ci95, df, designEffect, effectiveN are null.",
        "naiveSe = sd(ddof=1)/sqrt(N); null when N < 2.",
        "designEffect = (se/naiveSe)^2; null when naiveSe is null or 0 (or se null).",
        "effectiveN = N/designEffect; null when designEffect is null or exactly 0 (infinite).",
        "icc = (MSB-MSW)/(MSB+(k0-1)MSW), k0 = (N - sum n_g^2/N)/(G-1); not clipped (may be negative);"
        " null when G < 2, N-G < 1, or the denominator is exactly 0.",
        "se is statsmodels' bse, except where the exact se is 0 (every cluster mean equals the grand"
        " mean): statsmodels then gives ~1e-16 from pinv rounding, the exact 0.0 is emitted and the"
        " case carries a 'note' field saying so.",
    ],
    "paired": [
        "ci95 = mean -/+ t.ppf(0.975, n-1)*sd/sqrt(n), sd ddof=1; null when n < 2;"
        " degenerate [mean, mean] when sd = 0.",
        "t, p: scipy.stats.ttest_1samp(d, 0), two-sided; null when n < 2 or sd == 0."
        " (scipy 1.10 returns t=nan,p=nan for n=1 and for all-zero d, and t=+/-inf, p=0.0"
        " for constant nonzero d; these are emitted as null.)",
        "wilcoxonP: zeros dropped first (zero_method='wilcox'), ranks of |d| with average ranks for"
        " exact-equal ties, T = min(R+, R-), z = (T - m(m+1)/4)/sqrt((m(m+1)(2m+1) - sum(t^3-t)/2)/24),"
        " p = 2*norm.sf(|z|), no continuity correction, normal approximation even for small m"
        " (m = number of nonzero d; m = 1 gives p = 0.3173105078629141). null when every d is 0"
        " (scipy raises ValueError there).",
    ],
    "adjust": [
        "holm: sort ascending, p_(i)*(m-i+1), running max, clip at 1, back to input order.",
        "bh: sort ascending, p_(i)/(i/m) (statsmodels divides by i/m), running min from the top, clip at 1.",
        "ties get identical adjusted values; input order is preserved in the output.",
    ],
    "kappa": [
        "5x5 table over categories 1..5 (rows = a, columns = b).",
        "cohen = (po - pe)/(1 - pe); null when pe == 1 (both raters constant on the same category).",
        "quadratic = 1 - sum w*O/n / sum w*E, w_ij = (i-j)^2/16; null when the expected disagreement is 0"
        " (same condition).",
        "one rater constant (other not): both kappas are 0 (up to rounding, e.g. 2.2e-16 for the"
        " quadratic one here; compare with an absolute tolerance), not null.",
    ],
    "krippendorff": [
        "coders[c][u] = code of coder c for unit u, null = missing.",
        "only units with >= 2 values are used (pairable); n = number of pairable values.",
        "o_ck = sum_u (#ordered c-k pairs in u)/(m_u - 1); n_c = row sums of o.",
        "ordinal delta^2_ck = (sum_{g=c..k} n_g - (n_c + n_k)/2)^2 over the codes that occur"
        " (unused codes have n_g = 0 and change nothing).",
        "alpha = 1 - (n-1) * sum o_ck delta^2_ck / sum n_c n_k delta^2_ck;"
        " null when no pairable unit or the expected disagreement is 0 (one code only).",
    ],
}


def main():
    paper = check_paper_example()
    out = {
        "meta": {
            "generator": "tests/stats/gen_independent_fixtures.py",
            "seed": SEED,
            "python": sys.version.split()[0],
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "statsmodels": statsmodels.__version__,
            "calls": {
                "clusteredSe": "sm.OLS(y, np.ones(n)).fit(cov_type='cluster', cov_kwds={'groups': clusters}).bse[0]",
                "tQuantile": "scipy.stats.t.ppf(0.975, df)",
                "iccCrossCheck": "scipy.stats.f_oneway(*groups).statistic == MSB/MSW",
                "pairedT": "scipy.stats.ttest_1samp(d, 0)",
                "wilcoxon": "scipy.stats.wilcoxon(d, zero_method='wilcox', correction=False, %s='approx').pvalue" % WILCOXON_KW,
                "wilcoxonKeyword": WILCOXON_KW,
                "holm": "statsmodels.stats.multitest.multipletests(p, method='holm')[1]",
                "bh": "statsmodels.stats.multitest.multipletests(p, method='fdr_bh')[1]",
                "cohen": "statsmodels.stats.inter_rater.cohens_kappa(table5x5).kappa",
                "quadratic": "statsmodels.stats.inter_rater.cohens_kappa(table5x5, wt='quadratic').kappa",
                "krippendorff": "own numpy implementation from Krippendorff (2011), cross-checked pairwise",
            },
            "krippendorff2011ExampleCheck": {k: float(v) for k, v in paper.items()},
            "conventions": CONVENTIONS,
        },
        "clustered": build_clustered(),
        "paired": build_paired(),
        "adjust": build_adjust(),
        "kappa": build_kappa(),
        "krippendorff": build_kripp(),
    }

    # validation: every case has every field; names unique within a section
    for sec, fields in REQUIRED.items():
        names = [c["name"] for c in out[sec]]
        assert len(names) == len(set(names)), sec
        for c in out[sec]:
            missing = [f for f in fields if f not in c]
            assert not missing, (sec, c["name"], missing)

    text = json.dumps(out, indent=1, allow_nan=False) + "\n"
    json.loads(text)

    if len(sys.argv) > 1 and sys.argv[1] == "-":
        sys.stdout.write(text)
    else:
        here = os.path.dirname(os.path.abspath(__file__))
        path = os.path.join(here, "data", "independent_fixtures.json")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        sys.stderr.write("wrote %s\n" % path)
    sys.stderr.write("cases: " + ", ".join("%s=%d" % (s, len(out[s])) for s in REQUIRED) + "\n")


if __name__ == "__main__":
    main()
