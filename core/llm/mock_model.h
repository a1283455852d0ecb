#pragma once
// The `mock:<name>` provider: a deterministic, offline, clearly simulated model for demos and tests.
// Its rating depends only on (name, prompt, turn, seed): a lean fixed by the model name, a lean fixed by the
// prompt that every mock model shares (so they agree more than chance and some scenarios split them), and seed
// noise. Follow-ups mostly keep the earlier rating and sometimes revise it, saying so. A prompt rendered from
// declared options and `mock:<name>?first-bias=<δ>` (a position bias) are documented in docs/worker-protocol.md.
#include "llm/chat.h"

namespace vr::llm {

// `model`: what follows "mock:" (parseMockOptions); throws WorkerError for a malformed one.
ChatResponse mockRespond(const std::string& model, const ChatRequest& request);
// VALUERANK_MOCK_LATENCY_MS: the simulated time one mock turn takes (default 0).
int mockLatencyMs();
// VALUERANK_MOCK_FAULT=server_error: every mock call of the process fails as a 503 (retryable SERVER_ERROR).
bool mockFaultRequested();

} // namespace vr::llm
