//! `site-gen screener run` and `site-gen screener test` on the shipped screener.

fn site_gen_cli() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_site-gen"))
}

fn repo_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// A temporary folder, removed with the returned guard.
fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn screener_run_prints_the_result_as_json() {
    let tmp = tempdir();
    let answers = tmp.path().join("answers.json");
    std::fs::write(
        &answers,
        r#"{"answering_for":"someone_else","in_us":"yes","age":34,"detained":"yes","recent_border_stop":"no",
           "court_papers":"yes","next_hearing":"2026-12-10","missed_hearing":"no","removal_order":"no",
           "unknown_letter":"no","has_agency_deadline":"no","fear_return":"yes","harm_because_of_who":"yes",
           "fear_torture_by_officials":"unsure","arrival_date":"2026-03","asylum_filed":"no",
           "asylum_denied_before":"no","arrived_as_child_alone":"no","status":["none"],"entry_manner":"without_inspection",
           "criminal_history":"no","crime_victim":"no","trafficked":"no","abused_by_family":"no",
           "child_abused_neglected":"no","unsafe_now":"no","wants_family_help":"no","ice_checkin":"no",
           "third_country_notice":"no","tps_country":"no","has_uscis_appointment":"no",
           "first_arrival_date":"2026-03"}"#,
    )
    .unwrap();
    let out = site_gen_cli()
        .args(["screener", "run", "--today", "2026-11-27", "--root"])
        .arg(repo_root())
        .arg("--answers")
        .arg(&answers)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let v: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout} {stderr}"));
    if v.get("complete") == Some(&serde_json::Value::Bool(false)) {
        panic!("the answers stop early: {v}");
    }
    let areas: Vec<&str> = v["areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert!(
        areas.contains(&"asylum") && areas.contains(&"removal_defense"),
        "{v}"
    );
    assert_eq!(
        v["urgent"], true,
        "detained with a hearing within 30 days is urgent"
    );
    assert!(
        v["reasons"]["urgent"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["question"] == "detained")
    );
    assert!(
        v["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"].as_str().unwrap().contains("asylum")),
        "{v}"
    );

    // Unknown ids and values are errors.
    std::fs::write(&answers, r#"{"answering_for":"self","in_us":"maybe"}"#).unwrap();
    let out = site_gen_cli()
        .args(["screener", "run", "--root"])
        .arg(repo_root())
        .arg("--answers")
        .arg(&answers)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("in_us"));
}

#[test]
fn screener_test_cases_pass() {
    let out = site_gen_cli()
        .args(["screener", "test", "--root"])
        .arg(repo_root())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let passed: usize = stdout.split_whitespace().next().unwrap().parse().unwrap();
    assert!(passed >= 30, "{stdout}");
}

#[test]
fn an_answers_file_of_100_mb_is_refused_without_reading_it() {
    let tmp = tempdir();
    let answers = tmp.path().join("huge.json");
    // Sparse: the size is what matters, not the bytes.
    std::fs::File::create(&answers)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let out = site_gen_cli()
        .args(["screener", "run", "--today", "2026-12-02", "--root"])
        .arg(repo_root())
        .arg("--answers")
        .arg(&answers)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("is larger than 1024 KB"), "{stderr}");
}

#[test]
fn a_condition_nested_10000_deep_is_a_located_error_not_a_crash() {
    let tmp = tempdir();
    let dir = tmp.path().join("deep");
    let screener = dir.join("content/screener");
    std::fs::create_dir_all(&screener).unwrap();
    let cond = format!("{}a == yes{}", "(".repeat(10_000), ")".repeat(10_000));
    std::fs::write(
        screener.join("q.toml"),
        format!(
            "[[question]]\nid = \"a\"\nkind = \"yes_no\"\n\n[[question]]\nid = \"b\"\nkind = \"yes_no\"\nshow_if = \"{cond}\"\n\n[[area]]\nid = \"x\"\nwhen = \"b == yes\"\n\n[[area]]\nid = \"rest\"\nfallback = true\n"
        ),
    )
    .unwrap();
    let out = site_gen_cli()
        .args(["screener", "test", "--root"])
        .arg(&dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(
        stderr.contains("content/screener/q.toml:8:")
            && stderr.contains("nests `not` and parentheses more than 64 deep"),
        "{stdout}{stderr}"
    );
}
