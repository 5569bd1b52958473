// Result<T>: a value or the Status explaining why there is none (C++20 has no std::expected).
#ifndef MARSAD_BASE_RESULT_H_
#define MARSAD_BASE_RESULT_H_

#include <cassert>
#include <optional>
#include <utility>

#include "marsad/base/status.h"

namespace marsad {

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok() && "a Result built from a Status must carry an error");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  // REQUIRES: ok()
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace marsad

#define MARSAD_CONCAT_INNER_(a, b) a##b
#define MARSAD_CONCAT_(a, b) MARSAD_CONCAT_INNER_(a, b)
// MARSAD_ASSIGN_OR_RETURN(auto x, MakeX()); returns the Status when MakeX() failed.
#define MARSAD_ASSIGN_OR_RETURN(lhs, expr)                          \
  auto MARSAD_CONCAT_(marsad_result_, __LINE__) = (expr);            \
  if (!MARSAD_CONCAT_(marsad_result_, __LINE__).ok())                \
    return MARSAD_CONCAT_(marsad_result_, __LINE__).status();        \
  lhs = std::move(MARSAD_CONCAT_(marsad_result_, __LINE__)).value()

#endif  // MARSAD_BASE_RESULT_H_
