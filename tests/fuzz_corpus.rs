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

/// The fast reader against ron (`exercise::fast_reads_as_ron`) on every
/// corpus file cut, doubled and changed byte by byte at many places: it
/// gives up or reads what ron reads. Some of those it must read (else the
/// property holds vacuously).
#[test]
fn the_fast_reader_reads_as_ron_on_mutated_corpus_files() {
    let mut accepted = 0;
    let mut tried = 0;
    for dir in ["fuzz/corpus/load_render", "fuzz/regressions"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            if accords::fastload::parse_from(&bytes[..], 1 << 20).is_some() {
                accepted += 1;
            }
            let step = (bytes.len() / 40).max(1);
            for at in (0..bytes.len()).step_by(step) {
                let mut variants = vec![bytes[..at].to_vec()];
                for b in [b'"', b'\\', b',', b')', b'(', b' ', b'/', 0xC3] {
                    let mut v = bytes.clone();
                    v[at] = b;
                    variants.push(v);
                    let mut v = bytes.clone();
                    v.insert(at, b);
                    variants.push(v);
                }
                let mut v = bytes.clone();
                v.remove(at);
                variants.push(v);
                for v in &variants {
                    accords::exercise::fast_reads_as_ron(v);
                    tried += 1;
                }
            }
        }
    }
    assert!(accepted >= 5, "the fast reader read only {accepted} files");
    assert!(tried > 10_000, "{tried}");
}
