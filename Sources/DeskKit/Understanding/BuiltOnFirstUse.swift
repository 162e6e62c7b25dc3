import Synchronization

/// A value made the first time it is asked for, once: the first thread to ask makes it, another waits for it.
///
/// The desk's emergency and office guides: a start whose line is a command (`帮助`, `列表`) never reads a line
/// for an emergency or an office, and building the two — their kept seeds decoded from JSON, their phrase
/// automata — was a quarter of such a start's instructions (docs/performance.md, twenty-first pass). And every
/// ``PhraseMatcher``'s automaton, built on the matcher's first walk (thirty-second pass).
final class BuiltOnFirstUse<Value: Sendable>: Sendable {
    private let made: Mutex<Value?>
    private let make: @Sendable () -> Value

    /// A value `make` makes when it is first asked for.
    init(_ make: @escaping @Sendable () -> Value) {
        made = Mutex(nil)
        self.make = make
    }

    /// A value made already.
    init(built value: Value) {
        made = Mutex(value)
        make = { value }
    }

    var value: Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
