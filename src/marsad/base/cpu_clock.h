// CPU-time clocks: what the benchmarks and ingest's per-stage accounting measure, since on
// a shared machine wall time measures the load of other processes as much as ours.
#ifndef MARSAD_BASE_CPU_CLOCK_H_
#define MARSAD_BASE_CPU_CLOCK_H_

#include <sys/resource.h>
#include <time.h>

#include <cstdint>

namespace marsad {

// CPU nanoseconds the calling thread has used (CLOCK_THREAD_CPUTIME_ID). Not a vDSO read:
// it is a system call, measured at 1.3-1.4 us a call idle on the CI-sized VM (several us
// under load), so take it around groups of documents rather than around each one.
inline std::int64_t ThreadCpuNanos() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

inline double ThreadCpuSeconds() { return static_cast<double>(ThreadCpuNanos()) * 1e-9; }

// User + system CPU seconds of the whole process so far (every thread).
inline double ProcessCpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
}

}  // namespace marsad

#endif  // MARSAD_BASE_CPU_CLOCK_H_
