#pragma once
// The one error type every worker path throws and serialises (docs/worker-protocol.md).
#include "protocol/error_code.h"
#include "protocol/json.h"

#include <exception>
#include <optional>
#include <string>

namespace vr {

class WorkerError : public std::exception {
public:
    // WorkerError(message, code, details): retryable follows the code.
    static WorkerError worker(std::string message, ErrorCode code = ErrorCode::Unknown,
                              std::optional<std::string> details = std::nullopt);
    // ValidationError: always VALIDATION_ERROR, never retryable; details is a string or null.
    static WorkerError validation(std::string message, std::optional<std::string> details = std::nullopt);
    // LLMError: an UNKNOWN code with a status takes the status's code; statusCode is serialised when set.
    static WorkerError llm(std::string message, ErrorCode code, std::optional<int> statusCode = std::nullopt,
                           std::optional<std::string> details = std::nullopt);
    // RetryableError: NETWORK_ERROR unless the code is already retryable; always retryable.
    static WorkerError retryableError(std::string message, ErrorCode code = ErrorCode::NetworkError,
                                      std::optional<std::string> details = std::nullopt);
    // An envelope with only message, code and retryable: empty stdin, invalid JSON, the analysis catch-all.
    static WorkerError bare(std::string message, ErrorCode code, bool retryable);
    // The catch-all of a worker's main(): UNKNOWN but retryable; `details` names the exception class when kept.
    static WorkerError unexpected(std::string message, std::string typeName, bool withDetails);
    // classify_exception: the text of an unexpected failure decides its code.
    static WorkerError classify(const std::string& message, const std::string& typeName);

    const char* what() const noexcept override { return m_message.c_str(); }
    const std::string& message() const { return m_message; }
    ErrorCode code() const { return m_code; }
    bool retryable() const { return m_retryable; }
    const std::optional<std::string>& details() const { return m_details; }
    std::optional<int> statusCode() const { return m_statusCode; }
    // The reference's exception class name, used as log `err.type`.
    const std::string& typeName() const { return m_typeName; }

    // The `error` object of the envelope, keys in the reference's order.
    Json toJson() const;

private:
    std::string m_message;
    ErrorCode m_code = ErrorCode::Unknown;
    bool m_retryable = false;
    bool m_hasDetailsKey = true;
    std::optional<std::string> m_details;
    std::optional<int> m_statusCode;
    std::string m_typeName = "WorkerError";
};

// Thrown where the reference crashed on input of the wrong type (a null where an object was expected, a
// number where a string was). typeName is the Python exception class the reference raised there.
class InputTypeError : public std::exception {
public:
    InputTypeError(std::string message, std::string typeName)
        : m_message(std::move(message)), m_typeName(std::move(typeName)) {}
    const char* what() const noexcept override { return m_message.c_str(); }
    const std::string& typeName() const { return m_typeName; }

private:
    std::string m_message;
    std::string m_typeName;
};

// Any failure as a WorkerError: a WorkerError as it is; where the reference crashed (InputTypeError) or any other
// exception, classified as classify_exception does. A null pointer gives UNKNOWN.
WorkerError toWorkerError(std::exception_ptr failure);

} // namespace vr
