// Status: the outcome of an operation that can fail at a boundary (disk, model file, user input).
// A small closed set of codes, as in leveldb; the message names the file/line and the problem.
#ifndef MARSAD_BASE_STATUS_H_
#define MARSAD_BASE_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace marsad {

// DO NOT REORDER: codes are mapped to exit codes and HTTP statuses by value.
enum class StatusCode : unsigned char {
  kOk = 0,
  kNotFound = 1,
  kInvalidArgument = 2,  // bad user input: options, queries, malformed documents
  kCorruption = 3,       // stored data failed a checksum or format check
  kIOError = 4,          // the operating system refused (missing file, full disk)
  kNotSupported = 5,     // unknown format version, unsupported input kind
  kAborted = 6,          // stopped on purpose (cancelled, limit reached)
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status NotFound(std::string_view msg) { return Status(StatusCode::kNotFound, msg); }
  static Status InvalidArgument(std::string_view msg) {
    return Status(StatusCode::kInvalidArgument, msg);
  }
  static Status Corruption(std::string_view msg) { return Status(StatusCode::kCorruption, msg); }
  static Status IOError(std::string_view msg) { return Status(StatusCode::kIOError, msg); }
  static Status NotSupported(std::string_view msg) {
    return Status(StatusCode::kNotSupported, msg);
  }
  static Status Aborted(std::string_view msg) { return Status(StatusCode::kAborted, msg); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  bool IsNotFound() const { return code_ == StatusCode::kNotFound; }
  bool IsInvalidArgument() const { return code_ == StatusCode::kInvalidArgument; }
  bool IsCorruption() const { return code_ == StatusCode::kCorruption; }
  bool IsIOError() const { return code_ == StatusCode::kIOError; }

  // Returns a copy whose message is "<context>: <message>", for adding the file name
  // or line where an error surfaced.
  Status WithContext(std::string_view context) const;

  // "OK" or "<code name>: <message>".
  std::string ToString() const;

 private:
  Status(StatusCode code, std::string_view msg) : code_(code), message_(msg) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

std::string_view StatusCodeName(StatusCode code);

}  // namespace marsad

// Returns early from the enclosing function when `expr` yields a non-OK Status.
#define MARSAD_RETURN_IF_ERROR(expr)            \
  do {                                          \
    ::marsad::Status marsad_status_ = (expr);   \
    if (!marsad_status_.ok()) return marsad_status_; \
  } while (0)

#endif  // MARSAD_BASE_STATUS_H_
