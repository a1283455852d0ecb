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
    Json temperature = 0.7;            // forwarded unchanged (the reference sends a present null as null)
    Json maxTokens = 1024;
    Json modelConfig;                  // e.g. {"maxTokensParam": "max_completion_tokens"}; null when absent
    Json seed;                         // forwarded where the provider takes one; null when absent
};

struct ChatResponse {
    std::string content;
    Json inputTokens;    // integer or null
    Json outputTokens;   // integer or null
    Json modelVersion;   // string or null
    std::string finishReason;
    long long latencyMs = 0;
    // The provider's remaining request allowance, from x-ratelimit-* / anthropic-ratelimit-* headers.
    std::optional<long long> rateLimitRemaining;
    std::optional<long long> rateLimitLimit;
};

} // namespace vr::llm
