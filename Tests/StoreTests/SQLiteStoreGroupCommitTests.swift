import Foundation
import Testing
@testable import Store

@Suite struct SQLiteStoreGroupCommitTests {
    @Test func concurrentCreatesShareTransactions() async throws {
        try await withStore { store, _ async throws in
            let before = store.stats.transactions
            let revisions = try await withThrowingTaskGroup(of: Int64.self) { group in
                for i in 0..<500 {
                    group.addTask { try await store.create("/gc/\(i)", value: v("\(i)")) }
                }
                return try await group.reduce(into: [Int64]()) { $0.append($1) }
            }
            let transactions = store.stats.transactions - before
            #expect(Set(revisions).count == 500)
            #expect(revisions.sorted() == Array(1...500))
            #expect(transactions < 100, "500 concurrent creates took \(transactions) transactions")
            #expect(store.stats.writes == 500)
        }
    }

    @Test func concurrentCreatesOfOneKeyHaveOneWinner() async throws {
        try await withStore { store, _ async throws in
            let outcomes = await withTaskGroup(of: Result<Int64, StoreError>.self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        do { return .success(try await store.create("/same", value: v("x"))) }
                        catch let error as StoreError { return .failure(error) }
                        catch { return .failure(.unavailable("\(error)")) }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let winners = outcomes.filter { if case .success = $0 { true } else { false } }
            #expect(winners.count == 1)
            for case .failure(let error) in outcomes { #expect(error == .keyExists(key: "/same")) }
            #expect(try await store.currentRevision() == 1)
        }
    }

    @Test func concurrentCompareAndSwapHasOneWinner() async throws {
        try await withStore { store, _ async throws in
            let base = try await store.create("/cas", value: v("0"))
            let outcomes = await withTaskGroup(of: Result<Int64, StoreError>.self) { group in
                for i in 0..<40 {
                    group.addTask {
                        do { return .success(try await store.update("/cas", value: v("\(i)"), expectedModRevision: base)) }
                        catch let error as StoreError { return .failure(error) }
                        catch { return .failure(.unavailable("\(error)")) }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let revisions = outcomes.compactMap { try? $0.get() }
            #expect(revisions == [base + 1])
            for case .failure(let error) in outcomes {
                #expect(error == .conflict(key: "/cas", currentModRevision: base + 1))
            }
        }
    }

    @Test func failedWriteInBatchDoesNotAffectOthers() async throws {
        try await withStore { store, _ async throws in
            _ = try await store.create("/exists", value: v("x"))
            let results = await withTaskGroup(of: (Int, Bool).self) { group in
                for i in 0..<100 {
                    group.addTask {
                        // Every tenth write conflicts; the rest must succeed.
                        let key = i % 10 == 0 ? "/exists" : "/new/\(i)"
                        let ok = (try? await store.create(key, value: v("\(i)"))) != nil
                        return (i, ok)
                    }
                }
                return await group.reduce(into: [Int: Bool]()) { $0[$1.0] = $1.1 }
            }
            for (i, ok) in results { #expect(ok == (i % 10 != 0)) }
            #expect(try await store.count(prefix: "/new/") == 90)
            #expect(try await store.currentRevision() == 91)
        }
    }
}
