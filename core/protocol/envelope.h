#pragma once
// The one document a worker prints: {"success": true, "<key>": payload} or {"success": false, "error": {...}}.
#include "protocol/json.h"

#include <string>
#include <string_view>

namespace vr {

class WorkerError;

Json successEnvelope(std::string_view payloadKey, Json payload);
Json errorEnvelope(const WorkerError& error);

// Parses a worker's stdin with nlohmann: "No input provided" for empty or whitespace-only text,
// "Invalid JSON input: …" (with line, column and byte offset) for anything unparseable or nested absurdly deep.
Json parseWorkerInput(std::string_view text);

// True when the text holds nothing but whitespace (Python's str.strip() would leave it empty).
bool isBlank(std::string_view text);

// "Invalid JSON input: <reason>: line L column C (char N)" for a failure at byte offset N.
WorkerError invalidJsonError(std::string_view text, std::string_view reason, size_t byteOffset);

} // namespace vr
