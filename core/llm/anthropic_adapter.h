#pragma once
// Anthropic's Messages API: system messages joined into `system`, x-api-key and anthropic-version headers,
// text blocks joined with newlines; streaming through message_start / content_block_delta / message_delta.
#include "llm/provider_adapter.h"

namespace vr::llm {

class AnthropicAdapter : public ProviderAdapter {
public:
    HttpRequestSpec buildRequest(const std::string& model, const ChatRequest& request, bool stream) const override;
    ChatResponse parseResponse(const Json& body) const override;
    std::unique_ptr<StreamDecoder> makeStreamDecoder() const override;

private:
    ChatResponse read(const Json& body) const;
    const ProviderInfo& info() const override { return providerInfo(Provider::Anthropic); }
};

} // namespace vr::llm
