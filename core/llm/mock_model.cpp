#include "llm/mock_model.h"

#include "llm/mock_options.h"
#include "llm/mock_presented_options.h"
#include "protocol/environment.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace vr::llm {
namespace {

std::uint64_t fnv1a(std::string_view text, std::uint64_t seed = 1469598103934665603ULL)
{
    std::uint64_t h = seed;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    // Final avalanche so that nearby inputs spread over the whole range.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

// A number in [0, 1) fixed by the parts.
double unit(std::initializer_list<std::string_view> parts)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (std::string_view p : parts) h = fnv1a(p, h ^ 0x9e3779b97f4a7c15ULL);
    return static_cast<double>(h >> 11) / 9007199254740992.0;
}

// A free-text prompt: the scale as written, so the option presented first is the one at 1.
int ratingFor(const std::string& name, const std::string& prompt, const std::string& seed, double firstBias)
{
    const double modelLean = (unit({"model", name}) - 0.5) * 2.4;   // ±1.2
    const double promptLean = (unit({"prompt", prompt}) - 0.5) * 3.6; // ±1.8, shared by every mock model
    // Noise: the sum of three uniforms is bell-shaped.
    const double noise = (unit({"n1", name, prompt, seed}) + unit({"n2", name, prompt, seed}) + unit({"n3", name, prompt, seed}) - 1.5) * 1.1;
    return static_cast<int>(std::clamp(std::lround(3.0 + modelLean + promptLean + noise - firstBias), 1L, 5L));
}

// A prompt rendered from declared options (docs/worker-protocol.md, "The mock provider"). The latent rating
// belongs to the pair of options, whichever is shown first: in [1.5, 4.5] for the pair in text order, 6 minus
// that when the later text is shown first. It then moves δ toward 1 (the option shown first) and is rounded up
// with the probability of its fraction, so the mean answer is exactly the latent.
int ratingForOptions(const std::string& name, const PresentedOptions& shown, const std::string& prompt, const std::string& seed, double firstBias)
{
    const bool inTextOrder = shown.first < shown.second;
    const std::string& low = inTextOrder ? shown.first : shown.second;
    const std::string& high = inTextOrder ? shown.second : shown.first;
    const double modelLean = (unit({"model", name}) - 0.5) * 1.2;          // ±0.6
    const double pairLean = (unit({"options", low, "|", high}) - 0.5) * 2.0; // ±1.0, shared by every mock model
    const double latent = std::clamp(3.0 + modelLean + pairLean, 1.5, 4.5);
    const double asShown = std::clamp((inTextOrder ? latent : 6.0 - latent) - firstBias, 1.0, 5.0);
    const double whole = std::floor(asShown);
    const int rounded = static_cast<int>(whole) + (unit({"round", name, prompt, seed}) < asShown - whole ? 1 : 0);
    return std::clamp(rounded, 1, 5);
}

const char* leaning(int rating)
{
    static const std::array<const char*, 5> text{
        "strongly favour the first option", "lean towards the first option", "find the two options evenly balanced",
        "lean towards the second option", "strongly favour the second option"};
    return text[static_cast<size_t>(std::clamp(rating, 1, 5) - 1)];
}

const char* reason(std::uint64_t pick)
{
    static const std::array<const char*, 6> reasons{
        "The harm it prevents outweighs the cost to the people who bear it.",
        "Respecting the autonomy of the people involved matters more here than the expected benefit.",
        "Honesty with those affected seems more important than a smoother outcome.",
        "The irreversible consequences weigh heavily in my judgement.",
        "Fairness to everyone affected points me in this direction.",
        "The duty of care owed to the most vulnerable person decides it for me."};
    return reasons[pick % reasons.size()];
}

long long estimateTokens(const std::string& text)
{
    return std::max<long long>(1, static_cast<long long>(text.size() / 4));
}

} // namespace

ChatResponse mockRespond(const std::string& model, const ChatRequest& request)
{
    const MockOptions options = parseMockOptions(model);
    const std::string& name = options.name;
    std::string firstPrompt;
    std::string inputText;
    int turn = 1;
    for (const ChatMessage& m : request.messages) {
        if (m.role == "user" && firstPrompt.empty()) firstPrompt = m.content;
        if (m.role == "assistant") ++turn;
        inputText += m.content;
    }
    const std::string seed = request.seed.is_null() ? "0" : request.seed.dump();
    // The rating of every earlier turn, replayed, so a revision carries over to the turns after it.
    const auto shown = presentedOptions(firstPrompt);
    int rating = shown ? ratingForOptions(name, *shown, firstPrompt, seed, options.firstBias) : ratingFor(name, firstPrompt, seed, options.firstBias);
    bool revisedNow = false;
    for (int t = 2; t <= turn; ++t) {
        const std::string tText = std::to_string(t);
        revisedNow = unit({"revise", name, firstPrompt, tText, seed}) < 0.2;
        if (!revisedNow) continue;
        const int previous = rating;
        rating = std::clamp(previous + (unit({"direction", name, firstPrompt, tText, seed}) < 0.5 ? -1 : 1), 1, 5);
        if (rating == previous) rating = previous == 1 ? 2 : previous - 1;
    }
    const std::string turnText = std::to_string(turn);
    const std::string intro = "[simulated answer from mock model '" + name + "'] ";
    std::string answer;
    if (turn == 1)
        answer = intro + "Weighing both sides of this dilemma, I " + leaning(rating) + ". " + reason(fnv1a(name + firstPrompt + seed));
    else if (revisedNow)
        answer = intro + "Having thought about it further, I change my rating to " + std::to_string(rating) + ". "
            + reason(fnv1a(turnText + name + seed));
    else
        answer = intro + "I stand by my earlier answer: I " + leaning(rating) + ". " + reason(fnv1a(turnText + name + seed));
    answer += "\n\nRating: " + std::to_string(rating);
    ChatResponse r;
    r.content = answer;
    r.inputTokens = estimateTokens(inputText);
    r.outputTokens = estimateTokens(answer);
    r.modelVersion = "mock";
    r.finishReason = "stop";
    return r;
}

int mockLatencyMs()
{
    return static_cast<int>(std::max(0.0, envDouble("VALUERANK_MOCK_LATENCY_MS", 0.0)));
}

} // namespace vr::llm

namespace vr::llm {

bool mockFaultRequested()
{
    const auto fault = envNonEmpty("VALUERANK_MOCK_FAULT");
    return fault && *fault == "server_error";
}

} // namespace vr::llm
