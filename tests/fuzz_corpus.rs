//! Replays the fuzz corpus and every saved crasher through the same entry
//! point the fuzz target uses, so CI runs them as ordinary tests.

#[test]
fn fuzz_corpus_and_regressions_run_clean() {
    let mut n = 0;
    for dir in ["fuzz/corpus/load_render", "fuzz/regressions"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                let bytes = std::fs::read(&path).unwrap();
                accords::exercise::run(&bytes);
                n += 1;
            }
        }
    }
    assert!(n >= 20, "only {n} inputs replayed");
}
