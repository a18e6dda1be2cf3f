#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value that threads share, reached only inside `withLock`, as with `Synchronization.Mutex`,
/// but held by a POSIX mutex. Why not `Mutex`: on Linux, a contended `Mutex` waits on a futex
/// inside `libswiftSynchronization`, which the thread sanitizer does not instrument, so it never
/// sees the hand-over and reports every access under the lock as a race (eight threads adding
/// under a `Mutex` gave four such reports and the right sum; `make sanitize` gave dozens from the
/// chunk merger). The sanitizer intercepts `pthread_mutex_lock`, so under this lock it checks
/// every access and reports only real races. The engine takes locks per chunk, never per trial.
package final class Locked<Value>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    package init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` on the value with the lock held.
    package func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
