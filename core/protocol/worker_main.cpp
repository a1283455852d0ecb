#include "protocol/worker_main.h"

#include "protocol/envelope.h"
#include "protocol/json_log.h"
#include "protocol/lone_surrogates.h"
#include "protocol/worker_error.h"
#include "vr_version.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <sys/stat.h>

namespace vr {
namespace {

void writeLine(const std::string& line)
{
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printHelp(const WorkerDefinition& worker)
{
    std::printf("%s %s - %s\n\n"
                "Usage: %s [--help] [--version] < input.json\n\n"
                "Reads one JSON document on stdin and writes one JSON envelope on one line to stdout:\n"
                "  {\"success\": true, ...} or {\"success\": false, \"error\": {\"message\", \"code\", \"retryable\", ...}}\n"
                "The exit status is 0 whenever an envelope was printed. Structured logs go to stderr.\n\n"
                "%s",
                worker.binaryName.c_str(), VR_VERSION, worker.summary.c_str(), worker.binaryName.c_str(),
                worker.helpDetails.c_str());
}

std::string catchAllEnvelope(const WorkerDefinition& worker, const std::string& message, const std::string& typeName)
{
    const WorkerError error = WorkerError::unexpected(message, typeName, worker.catchAllHasDetails);
    JsonLogger(worker.logContext).error("Unexpected error in " + worker.logContext + " worker",
                                        {{"err", JsonLogger::errField(error)}});
    return dumpPythonStyle(errorEnvelope(error));
}

bool isInvalidJson(const WorkerError& e)
{
    return e.code() == ErrorCode::ValidationError && e.message().rfind("Invalid JSON input", 0) == 0;
}

// Strict parsers refuse a lone surrogate escape that Python's json reads; only when the text was refused is it
// searched for them (no cost on good input), rewritten to U+FFFD, and read once more.
std::string runAcceptingLoneSurrogates(const WorkerDefinition& worker, InputBuffer& input, std::string_view text)
{
    const auto offset = static_cast<std::size_t>(text.data() - input.view().data());
    try {
        return worker.run(text);
    } catch (const WorkerError& e) {
        if (!isInvalidJson(e) || !replaceLoneSurrogates(input.data() + offset, text.size())) throw;
    }
    return worker.run(text);
}

} // namespace

InputBuffer::~InputBuffer()
{
    std::free(m_data);
}

void InputBuffer::reserve(size_t capacity)
{
    if (capacity <= m_capacity && m_data) return;
    void* grown = std::realloc(m_data, capacity + kInputPadding);
    if (!grown) throw std::bad_alloc();
    m_data = static_cast<char*>(grown);
    m_capacity = capacity;
    std::memset(m_data + m_size, 0, kInputPadding);
}

void InputBuffer::append(const char* bytes, size_t count)
{
    if (m_size + count > m_capacity) reserve(std::max(m_size + count, m_capacity + m_capacity / 2 + (1 << 16)));
    std::memcpy(m_data + m_size, bytes, count);
    m_size += count;
    std::memset(m_data + m_size, 0, kInputPadding);
}

InputBuffer readAll(FILE* stream)
{
    InputBuffer buffer;
    struct stat st {};
    const bool regularFile = fstat(fileno(stream), &st) == 0 && S_ISREG(st.st_mode);
    buffer.reserve(regularFile ? static_cast<size_t>(st.st_size) + 1 : size_t{1} << 16);
    static char chunk[1 << 20];
    size_t n;
    while ((n = std::fread(chunk, 1, sizeof chunk, stream)) > 0) buffer.append(chunk, n);
    return buffer;
}

int runWorker(int argc, char** argv, const WorkerDefinition& worker)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            printHelp(worker);
            return 0;
        }
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("%s %s\n", worker.binaryName.c_str(), VR_VERSION);
            return 0;
        }
        std::fprintf(stderr, "%s: unknown option '%s' (try --help)\n", worker.binaryName.c_str(), argv[i]);
        return 2;
    }

    // Qt's network and TLS plugins expect an application object; it costs well under a millisecond.
    QCoreApplication app(argc, argv);
    // stderr carries one JSON object per line, Qt's own warnings included.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
        const JsonLogger qtLog("qt");
        if (type == QtDebugMsg || type == QtInfoMsg) qtLog.debug(text.toStdString());
        else qtLog.warn(text.toStdString());
    });
    std::string output;
    try {
        InputBuffer input = readAll(stdin);
        std::string_view text = input.view();
        // A UTF-8 byte order mark (Windows editors write one) is not part of the document: every worker skips it.
        if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
        if (worker.requiresInput && isBlank(text))
            output = dumpPythonStyle(errorEnvelope(WorkerError::bare("No input provided", ErrorCode::ValidationError, false)));
        else
            output = runAcceptingLoneSurrogates(worker, input, text);
    } catch (const WorkerError& e) {
        output = dumpPythonStyle(errorEnvelope(e));
    } catch (const InputTypeError& e) {
        output = catchAllEnvelope(worker, e.what(), e.typeName());
    } catch (const std::bad_alloc&) {
        output = catchAllEnvelope(worker, "Out of memory", "MemoryError");
    } catch (const std::exception& e) {
        output = catchAllEnvelope(worker, e.what(), "Exception");
    } catch (...) {
        output = catchAllEnvelope(worker, "Unknown failure", "Exception");
    }
    writeLine(output);
    return 0;
}

} // namespace vr
