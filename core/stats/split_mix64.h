#pragma once
// SplitMix64 (Steele, Lea & Flood 2014): a tiny, fast generator whose whole state is one number, so each bootstrap
// draw gets its own stream from (seed, draw number) and results do not depend on how draws are split across threads.
#include <cstdint>

namespace vr::stats {

struct SplitMix64 {
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n) by Lemire's multiply-shift (bias below n / 2^64).
    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>((static_cast<unsigned __int128>(next()) * n) >> 64); }
};

} // namespace vr::stats
