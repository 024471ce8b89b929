// Host objects held by Go values: what a script's *db.Conn points to when a
// host package hands it a C++ object (gos/bind.hpp's handles).
//
// The script sees an ordinary Go pointer to a small object of the host's
// opaque named type; the object holds only the number of a slot in this
// table, and the slot holds the host's std::shared_ptr. So the host object
// lives as long as the script can reach the Go object, as memory does in
// Go, and no longer than the VM:
//
//   - each Go object is given a collector finalizer; when the collector
//     finds the object unreachable, the finalizer (on whatever thread the
//     collector runs it) only queues the slot; the VM's own thread releases
//     the shared_ptr at its next wrap or release(), so a host object's
//     destructor runs on the runtime's thread, never the collector's;
//   - a VM's end releases every slot at once: host objects do not outlive
//     the runtime that held them;
//   - handing the same host object to the script twice gives the same Go
//     pointer (so == on handles means the same object), through a weak
//     reference to the Go object: a disappearing link, which the collector
//     clears the moment it decides the object is unreachable, before any
//     finalizer runs, and which is read under the allocation lock so that
//     an object the collector is about to reclaim is never revived.
//
// A Go object not made here (a zero db.Conn, `new(db.Conn)`, a copy of one
// made by dereferencing) unwraps to nothing: its slot does not point back
// at it, and the host never sees a forged handle.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace gos::vm {

class VM;

class HostObjects {
public:
    HostObjects();
    ~HostObjects();
    HostObjects(const HostObjects&) = delete;
    HostObjects& operator=(const HostObjects&) = delete;

    // The Go object (kObjectBytes of pointer-free Go memory) standing for
    // the host object `object` as a value of the handle type `type`; the
    // same one while it lives.
    void* wrap(VM& vm, const void* type, std::shared_ptr<void> object);
    // The host object the Go object at p stands for as a `type`, or null
    // when p was not made by wrap for that type.
    std::shared_ptr<void> unwrap(const void* type, const void* p) const;
    // Releases the host objects of the Go objects the collector has found
    // unreachable since the last call.
    void release();
    // Host objects held now.
    size_t held() const;

    static constexpr size_t kObjectBytes = 8;  // the slot's number

private:
    struct Shared;
    Shared* shared_;
};

}  // namespace gos::vm
