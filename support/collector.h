// The collector (Boehm GC), started once for the process.
//
// Every part of gos that touches the collector first calls initCollector:
// it initialises the collector exactly once, whichever thread comes first
// (hosts may make runtimes on several threads at once), lets threads the
// collector did not create register themselves, and silences its warnings
// (the library never writes to the process's streams; what matters of them
// reaches the program as Go's out-of-memory error).
#pragma once

namespace gos::support {

void initCollector();

// While one lives, the calling thread is known to the collector (a host's
// thread calling into the library): registered on construction if it was
// not, unregistered again on destruction.
class CollectorThread {
public:
    CollectorThread();
    ~CollectorThread();
    CollectorThread(const CollectorThread&) = delete;
    CollectorThread& operator=(const CollectorThread&) = delete;

private:
    bool registered_ = false;
};

}  // namespace gos::support
