/// A binary heap keyed by a string id, supporting removal and update by id in O(log n).
struct KeyedHeap<Element: Sendable>: Sendable {
    private var items: [(key: String, value: Element)] = []
    private var positions: [String: Int] = [:]
    private let less: @Sendable (Element, Element) -> Bool

    init(less: @escaping @Sendable (Element, Element) -> Bool) {
        self.less = less
    }

    var count: Int { items.count }
    var isEmpty: Bool { items.isEmpty }
    var peek: Element? { items.first?.value }
    var values: [Element] { items.map(\.value) }

    func contains(_ key: String) -> Bool { positions[key] != nil }
    func get(_ key: String) -> Element? { positions[key].map { items[$0].value } }

    /// Inserts, or replaces the element with the same key.
    mutating func upsert(_ key: String, _ value: Element) {
        if let i = positions[key] {
            items[i].value = value
            if !siftUp(i) { siftDown(i) }
            return
        }
        items.append((key, value))
        positions[key] = items.count - 1
        siftUp(items.count - 1)
    }

    mutating func pop() -> Element? {
        guard let first = items.first else { return nil }
        remove(first.key)
        return first.value
    }

    @discardableResult
    mutating func remove(_ key: String) -> Element? {
        guard let i = positions[key] else { return nil }
        let removed = items[i].value
        let last = items.count - 1
        if i != last {
            items.swapAt(i, last)
            positions[items[i].key] = i
        }
        items.removeLast()
        positions[key] = nil
        if i < items.count, !siftUp(i) { siftDown(i) }
        return removed
    }

    @discardableResult
    private mutating func siftUp(_ start: Int) -> Bool {
        var i = start
        while i > 0 {
            let parent = (i - 1) / 2
            guard less(items[i].value, items[parent].value) else { break }
            items.swapAt(i, parent)
            positions[items[i].key] = i
            positions[items[parent].key] = parent
            i = parent
        }
        return i != start
    }

    private mutating func siftDown(_ start: Int) {
        var i = start
        while true {
            let l = 2 * i + 1
            let r = l + 1
            var m = i
            if l < items.count && less(items[l].value, items[m].value) { m = l }
            if r < items.count && less(items[r].value, items[m].value) { m = r }
            if m == i { return }
            items.swapAt(i, m)
            positions[items[i].key] = i
            positions[items[m].key] = m
            i = m
        }
    }
}
