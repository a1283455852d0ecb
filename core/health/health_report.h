#pragma once
// valuerank-health-check's report (docs/worker-protocol.md).
#include "protocol/json.h"

namespace vr {

// {"pythonVersion", "packages", "apiKeys", "warnings", "runtime"}: which provider keys are set (even to ""),
// which libraries this build runs on, and warnings for no keys at all or no TLS backend. Logs as the reference.
Json buildHealthReport();

} // namespace vr
