#pragma once
// The shared entry point of the headless workers: flags, stdin, one envelope on stdout, exit 0.
#include <functional>
#include <string>
#include <string_view>

namespace vr {

struct WorkerDefinition {
    std::string binaryName;   // "valuerank-probe"
    std::string logContext;   // "probe": the context of the catch-all log line
    std::string summary;      // one line for --help
    std::string helpDetails;  // input/output description and environment for --help
    // The reference's main() catch-all writes `details` (the exception class) for probe and summarize only.
    bool catchAllHasDetails = true;
    // health_check ignores its input entirely, even empty or invalid stdin.
    bool requiresInput = true;
    // Runs the job on the whole of stdin and returns the envelope document, already serialised on one line.
    std::function<std::string(std::string_view input)> run;
};

// Handles --help and --version; otherwise reads all of stdin, runs the worker, writes exactly one JSON line
// on stdout and returns 0 whenever it wrote one. Any exception becomes an UNKNOWN envelope, never a crash.
int runWorker(int argc, char** argv, const WorkerDefinition& worker);

// Reads everything from a stdio stream (stdin) into memory.
std::string readAll(FILE* stream);

} // namespace vr
