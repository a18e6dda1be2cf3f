/// A fixed-size buffer of values for a trial loop's consumers: allocated and filled once, read and
/// written through `buffer` without the uniqueness and bounds checks an array makes per element,
/// and freed (its values deinitialised) when the last reference goes.
final class OwnedBuffer<Element> {
    let buffer: UnsafeMutableBufferPointer<Element>

    /// `count` copies of `value`.
    init(_ count: Int, _ value: Element) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: value)
    }

    /// The elements of `array`, which is left empty, so the buffer holds the only reference to
    /// whatever storage the elements own and mutating them copies nothing.
    init(taking array: inout [Element]) {
        buffer = .allocate(capacity: array.count)
        _ = buffer.initialize(fromContentsOf: array)
        array = []
    }

    /// A copy of the elements of `array`.
    init(copying array: [Element]) {
        buffer = .allocate(capacity: array.count)
        _ = buffer.initialize(fromContentsOf: array)
    }

    /// The values, as an array.
    var array: [Element] { Array(buffer) }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
}
