import Foundation
import Testing

/// The time limit of a long test or suite, scaled for slow builds. Swift Testing runs the tests
/// of a process side by side, so a limit counts the time a test waits for a core as well as its
/// own work; under the address or thread sanitizer (`make sanitize`) everything runs several
/// times slower, and a limit meant to stop a test that hangs (issue 21: a wrong model once made
/// the suite run for 25 minutes) would stop tests that are only slow. `make sanitize` sets
/// `MOLDRISK_TEST_TIME_SCALE`, a whole number from 1 to 100 that multiplies every limit; unset or
/// anything else, the limits are as written.
package enum TestTimeLimit {
    /// `.timeLimit(.minutes(minutes × scale))`.
    package static func minutes(_ minutes: Int) -> TimeLimitTrait {
        .timeLimit(.minutes(minutes * scale))
    }

    /// `MOLDRISK_TEST_TIME_SCALE` when it is a whole number from 1 to 100, else 1.
    package static let scale: Int = {
        guard let text = ProcessInfo.processInfo.environment["MOLDRISK_TEST_TIME_SCALE"],
              let value = Int(text), (1...100).contains(value) else { return 1 }
        return value
    }()
}
