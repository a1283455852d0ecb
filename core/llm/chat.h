#pragma once
// One chat-completion call and its answer, independent of the provider.
#include "protocol/json.h"

#include <optional>
#include <string>
#include <vector>

namespace vr::llm {

struct ChatMessage {
    std::string role; // system | user | assistant
    std::string content;
};

struct ChatRequest {
    std::string modelId;               // as given: "anthropic:claude-…", "gpt-4o", "mock:demo-a"
    std::vector<ChatMessage> messages;
    Json temperature = 0.7;            // a number is sent where the model takes one; null: not sent at all
    Json maxTokens = 1024;
    Json modelConfig;                  // e.g. {"maxTokensParam": "max_completion_tokens"}; null when absent
    Json seed;                         // forwarded where the provider takes one; null when absent
    // Parameters a provider refused for this model: the call retries once without each (LlmCall).
    std::vector<std::string> omittedParameters;
    bool omits(const std::string& parameter) const
    {
        for (const auto& p : omittedParameters)
            if (p == parameter) return true;
        return false;
    }
};

struct ChatResponse {
    std::string content;   // the answer: text only, never the model's reasoning
    std::string reasoning; // the reasoning trace where the provider returns one (thinking blocks, thought parts,
                           // reasoning_content); kept apart, never read by the decision parser
    Json inputTokens;    // integer or null
    Json outputTokens;   // integer or null: the provider's count of answer tokens
    Json reasoningTokens; // integer or null
    // xAI and Gemini report reasoning tokens outside the output count, and bill them: cost adds them.
    bool reasoningBilledApart = false;
    Json modelVersion;   // string or null
    std::string finishReason; // as the provider wrote it
    std::string stopReason;   // normalized: stop, length, content_filter, refusal, error ("" when unknown)
    std::vector<std::string> droppedParameters; // parameters the provider refused and the call left out
    long long latencyMs = 0;
    // The provider's remaining request allowance, from x-ratelimit-* / anthropic-ratelimit-* headers.
    std::optional<long long> rateLimitRemaining;
    std::optional<long long> rateLimitLimit;

    // Output tokens as billed: the answer's, plus reasoning tokens the provider counts apart.
    long long billedOutputTokens() const
    {
        const auto number = [](const Json& v) { return v.is_number() ? v.get<long long>() : 0LL; };
        return number(outputTokens) + (reasoningBilledApart ? number(reasoningTokens) : 0);
    }
};

} // namespace vr::llm
