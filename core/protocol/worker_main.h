#pragma once
// The shared entry point of the headless workers: flags, stdin, one envelope on stdout, exit 0.
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

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

// All of a stream (stdin) in one buffer followed by kInputPadding zero bytes, so simdjson can parse it in place.
// Grows with realloc, which moves large blocks by remapping pages: a 240 MB input never exists twice.
class InputBuffer {
public:
    static constexpr size_t kInputPadding = 64;
    InputBuffer() = default;
    InputBuffer(const InputBuffer&) = delete;
    InputBuffer& operator=(const InputBuffer&) = delete;
    InputBuffer(InputBuffer&& other) noexcept
        : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
          m_capacity(std::exchange(other.m_capacity, 0)) {}
    ~InputBuffer();
    std::string_view view() const { return {m_data ? m_data : "", m_size}; }
    char* data() { return m_data; }
    void append(const char* bytes, size_t count);
    void reserve(size_t capacity);

private:
    char* m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

InputBuffer readAll(FILE* stream);

} // namespace vr
