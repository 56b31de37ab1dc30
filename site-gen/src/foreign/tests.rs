//! Conversion tests: other generators' syntax in, this project's Markdown and located warnings out.

use serde_json::json;

use super::*;

fn run(body: &str, syntax: Syntax) -> (String, Vec<Diagnostic>) {
    convert(
        "content/en/a/page.md",
        body,
        1,
        &Context::new("a/page.md", syntax),
    )
}

fn lines_of(diags: &[Diagnostic]) -> Vec<(u32, u32)> {
    diags.iter().map(|d| (d.line, d.column)).collect()
}

#[test]
fn containers_become_admonitions_with_titles_and_nesting() {
    let body = "Intro\n\n::: tip Before you go\nBring **papers**.\n:::\n\n::::warning[Careful]\nOuter\n\n:::danger\nInner\n:::\n::::\nAfter\n";
    let (out, diags) = run(body, Syntax::PLAIN);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(
        out,
        "Intro\n\n> [!TIP]\n> **Before you go**\n>\n> Bring **papers**.\n\n> [!WARNING]\n> **Careful**\n>\n> Outer\n>\n> > [!CAUTION]\n> > Inner\n\nAfter\n"
    );
}

#[test]
fn docusaurus_caution_info_and_same_count_nesting() {
    let body = ":::caution\nA\n:::note\nB\n:::\nC\n:::\n:::info\nD\n:::\n";
    let (out, _) = run(body, Syntax::PLAIN);
    assert_eq!(
        out,
        "> [!WARNING]\n> A\n>\n> > [!NOTE]\n> > B\n>\n> C\n\n> [!NOTE]\n> D\n"
    );
}

#[test]
fn details_become_html_details_with_markdown_inside() {
    let (out, diags) = run(
        "::: details Click <here> {open}\nText *x*\n:::\n",
        Syntax::PLAIN,
    );
    assert!(diags.is_empty());
    assert_eq!(
        out,
        "<details open>\n<summary>Click &lt;here&gt;</summary>\n\nText *x*\n\n</details>\n"
    );
}

#[test]
fn code_fences_are_never_touched() {
    let body =
        "```md\n::: tip\n{{< ref \"x\" >}}\n!!! note\n{: .c}\n```\n:::note\n~~~\n:::\n~~~\n:::\n";
    let (out, diags) = run(body, Syntax::for_file("x.md"));
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(
        out,
        "```md\n::: tip\n{{< ref \"x\" >}}\n!!! note\n{: .c}\n```\n\n> [!NOTE]\n> ~~~\n> :::\n> ~~~\n"
    );
}

#[test]
fn unknown_and_unclosed_containers_are_reported_where_they_are() {
    let (out, diags) = run(
        "a\n\n::: code-group\nx\n:::\n\n  :::tip\nopen\n",
        Syntax::PLAIN,
    );
    assert_eq!(out, "a\n\nx\n\n  > [!TIP]\n  > open\n");
    assert_eq!(lines_of(&diags), [(3, 1), (7, 3)]);
    assert!(diags[0].message.contains("code-group"));
    assert!(diags[1].message.contains("not closed"));
}

#[test]
fn mkdocs_admonitions_and_collapsibles() {
    let body = "!!! warning \"Deadline\"\n    File within **one year**.\n\n    ```\n    code\n    ```\n\n??? note\n    Hidden\n    !!! tip \"\"\n        Nested\n\nText\n";
    let (out, diags) = run(body, Syntax::PLAIN);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(
        out,
        "> [!WARNING]\n> **Deadline**\n>\n> File within **one year**.\n>\n> ```\n> code\n> ```\n\n<details>\n\nHidden\n\n> [!TIP]\n> Nested\n\n</details>\n\nText\n"
    );
}

#[test]
fn attribute_lines_are_dropped_and_heading_ids_stay() {
    let body = "## Title {#keep}\n\nPara\n{: .lead}\n\n* TOC\n{:toc}\n\n### Old {: #old}\n";
    let (out, diags) = run(body, Syntax::PLAIN);
    assert_eq!(out, "## Title {#keep}\n\nPara\n\n\n### Old {#old}\n");
    assert_eq!(lines_of(&diags), [(4, 1), (7, 1)]);
}

#[test]
fn hugo_refs_resolve_relative_then_absolute_then_by_name() {
    let mut pages = Pages::default();
    pages.insert("asylum/deadline.md", "asylum/deadline.md");
    pages.insert("asylum/_index.md", "asylum/_index.md");
    pages.insert("court/hearing/index.md", "court/hearing.md");
    let cx = Context {
        pages: &pages,
        ..Context::new("asylum/apply.md", Syntax::HUGO)
    };
    let body = "[a]({{< ref \"deadline\" >}}) [b]({{< relref \"/court/hearing\" >}}#when) [c]({{< ref \"hearing.md#x\" >}}) [d]({{< ref \"../asylum/\" >}}) [e]({{< ref \"#top\" >}})\n[f]({{< ref \"nowhere.md\" >}})";
    let (out, diags) = convert("f.md", body, 3, &cx);
    assert_eq!(
        out,
        "[a](@/asylum/deadline.md) [b](@/court/hearing.md#when) [c](@/court/hearing.md#x) [d](@/asylum/_index.md) [e](#top)\n[f](nowhere.md)"
    );
    assert_eq!(lines_of(&diags), [(4, 5)]);
    assert!(diags[0].message.contains("nowhere.md"));
}

#[test]
fn hugo_figure_highlight_param_and_escapes() {
    let fm = json!({"hotline": "1-800-555-0100", "params": {"office": {"city": "Miami"}}});
    let fm = fm.as_object().unwrap();
    let cx = Context {
        front_matter: fm,
        ..Context::new("p.md", Syntax::HUGO)
    };
    let body = "Call {{< param hotline >}} in {{% param \"office.city\" %}}.\n\n{{< figure src=\"map.png\" alt=\"Court map\" caption=\"The *court*\" >}}\n\n{{< highlight go \"linenos=table\" >}}\nfunc x() {{< y >}}\n{{< /highlight >}}\n\nShow `{{</* figure src=\"a\" */>}}` and:\n\n```\n{{%/* notice */%}}\n```\n";
    let (out, diags) = convert("f.md", body, 1, &cx);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(
        out,
        "Call 1-800-555-0100 in Miami.\n\n\n<figure>\n\n![Court map](map.png)\n\n<figcaption>\n\nThe *court*\n\n</figcaption>\n</figure>\n\n\n\n```go\nfunc x() {{< y >}}\n```\n\nShow `{{< figure src=\"a\" >}}` and:\n\n```\n{{% notice %}}\n```\n"
    );
}

#[test]
fn unknown_shortcodes_are_removed_keeping_paired_content() {
    let body = "A {{< youtube abc >}}\n{{% columns %}}\nKeep *this*\n{{< gist user 1 >}}\n{{% /columns %}}\n{{< /orphan >}}\n{{< alert color=\"warning\" title=\"Heads up\" >}}\nCareful\n{{< /alert >}}\n";
    let (out, diags) = run(body, Syntax::HUGO);
    assert_eq!(
        out,
        "A [Video](https://www.youtube.com/watch?v=abc)\n\nKeep *this*\n\n\n\n> [!WARNING]\n> **Heads up**\n>\n> Careful\n\n"
    );
    assert_eq!(lines_of(&diags), [(1, 3), (2, 1), (4, 1), (6, 1)]);
    assert!(diags[1].message.contains("`columns`"), "{diags:?}");
    assert!(diags[2].message.contains("`gist`"));
    assert!(diags[3].message.contains("no opening"));
}

#[test]
fn liquid_raw_links_values_and_removed_tags() {
    let mut pages = Pages::default();
    pages.insert("_posts/2024-01-02-rights.md", "news/rights.md");
    let site = json!({"title": "Our Org", "data": [1]});
    let fm = json!({"title": "Page"});
    let cx = Context {
        pages: &pages,
        site: site.as_object().unwrap(),
        front_matter: fm.as_object().unwrap(),
        ..Context::new("about.md", Syntax::JEKYLL)
    };
    let body = "# {{ page.title }} at {{ site.title }}\n{% include note.html %}\n[x]({% post_url 2024-01-02-rights %}) ![m]({{ \"/assets/m.png\" | relative_url }})\n{% raw %}{{ shown }}{% endraw %}\n{% comment %}gone{% endcomment %}\n{% if x %}kept{% endif %} {{ site.data | size }}\n```\n{{ code }}\n```\n";
    let (out, diags) = convert("f.md", body, 1, &cx);
    assert_eq!(
        out,
        "# Page at Our Org\n\n[x](@/news/rights.md) ![m](/assets/m.png)\n{{ shown }}\n\nkept \n```\n{{ code }}\n```\n"
    );
    assert_eq!(lines_of(&diags), [(2, 1), (6, 1), (6, 15), (6, 27)]);
}

#[test]
fn mdx_statements_components_and_comments() {
    let body = "import Tabs from '@theme/Tabs';\nimport {\n  A,\n} from './a';\n\n# Title\n\n{/* hidden */}\n<Tabs>\n  <TabItem value=\"en\" label=\"English\">\n    Hello **there**\n  </TabItem>\n</Tabs>\n\n<Admonition type=\"danger\" title=\"Stop\">\nDo not sign.\n</Admonition>\n\n<Chart data={[1, 2]} />\n<details><summary>x</summary></details>\n\nexport const meta = {\n  a: 1,\n};\n";
    let (out, diags) = convert("f.mdx", body, 2, &Context::new("f.mdx", Syntax::MDX));
    assert_eq!(
        out,
        "\n# Title\n\n\n\n\n**English**\n\nHello **there**\n\n\n\n> [!CAUTION]\n> **Stop**\n>\n> Do not sign.\n\n\n\n<details><summary>x</summary></details>\n\n"
    );
    assert_eq!(
        lines_of(&diags),
        [(2, 1), (3, 1), (10, 1), (20, 1), (23, 1)]
    );
}

#[test]
fn html_bodies_get_html() {
    let cx = Context::new("p.html", Syntax::HUGO);
    let (out, diags) = convert_html(
        "p.html",
        "<p>See <a href=\"{{< ref \"a/b.md\" >}}\">b</a></p>\n{{< highlight sh >}}\necho <x>\n{{< /highlight >}}\n{{< notice warning >}}<b>x</b>{{< /notice >}}",
        1,
        &cx,
    );
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(
        out,
        "<p>See <a href=\"@/a/b.md\">b</a></p>\n<pre><code class=\"language-sh\">echo &lt;x&gt;</code></pre>\n<div class=\"admonition admonition-warning\" role=\"note\">\n<b>x</b>\n</div>"
    );
}

#[test]
fn converted_admonitions_render_as_this_projects_boxes() {
    let (out, _) = run("::: warning\nText\n:::\nNext paragraph\n", Syntax::PLAIN);
    let parser = pulldown_cmark::Parser::new_ext(&out, crate::render::markdown::options());
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    assert_eq!(
        html,
        "<blockquote class=\"markdown-alert-warning\">\n<p>Text</p>\n</blockquote>\n<p>Next paragraph</p>\n"
    );
}

#[test]
fn odd_input_never_panics() {
    for body in [
        "{{<",
        "{{< x",
        "{{</*",
        "{{% /x %}}",
        ":::",
        "::::tip",
        "!!!",
        "!!! note",
        "???+",
        "{%",
        "{% raw %}",
        "{{ ",
        "<A",
        "<A b={",
        "import",
        "{/*",
        "```\n:::",
        "é{{< ref \"é\" >}}é",
        "\u{feff}::: tip\n\u{fffd}",
        "{{< réf \"é\" >}}",
        "{{% ré %}}x{{% /ré %}}",
        "{% réf %}",
        "{{ é.ü }}",
        "::: tïp ü\nx",
        "::ü\n::",
        "<Ä b=\"ü\">x</Ä>",
        "!!! nöte \"ü\"\n    x",
        "{: .x}",
        "=== \"a\"",
    ] {
        let all = Syntax {
            hugo: true,
            liquid: true,
            mdx: true,
        };
        let _ = convert("f.md", body, 1, &Context::new("f.md", all));
        let _ = convert_html("f.md", body, 1, &Context::new("f.md", all));
    }
}

#[test]
fn containers_in_list_items_keep_the_item_and_close_before_the_next() {
    let body = "1. First\n\n   ::: warning\n   - a\n   - b\n   :::\n2. Second\n";
    let (out, diags) = run(body, Syntax::PLAIN);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(
        out,
        "1. First\n\n   > [!WARNING]\n   > - a\n   > - b\n\n2. Second\n"
    );
    let parser = pulldown_cmark::Parser::new_ext(&out, crate::render::markdown::options());
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    assert!(html.contains("<li>\n<p>First</p>\n<blockquote class=\"markdown-alert-warning\">\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n</blockquote>\n</li>\n<li>\n<p>Second</p>"), "{html}");
}

#[test]
fn pages_without_foreign_syntax_come_back_unchanged() {
    let body = "# Title\n\nText with {braces} and `{{ code }}`.\n\n> [!NOTE]\n> Ours.\n";
    let (out, diags) = run(body, Syntax::for_file("a.md"));
    assert_eq!(out, body);
    assert!(diags.is_empty());
}

#[test]
fn without_a_page_list_refs_follow_hugo_path_rules() {
    let cx = Context::new("asylum/apply.md", Syntax::HUGO);
    let (out, diags) = convert(
        "f.md",
        "{{< ref \"deadline\" >}} {{< ref \"court/hearing.md\" >}} {{< ref \"../court/\" >}} {{<ref path=\"/x\" lang=\"es\">}}",
        1,
        &cx,
    );
    assert!(diags.is_empty(), "{diags:?}");
    // In running text each becomes a link of its own; inside a link it is the address.
    assert_eq!(
        out,
        "[deadline](@/asylum/deadline.md) [hearing](@/court/hearing.md) [court](@/court.md) [x](@/x.md)"
    );
    let (out, _) = convert("f.md", "[the deadline]({{< ref \"deadline\" >}})", 1, &cx);
    assert_eq!(out, "[the deadline](@/asylum/deadline.md)");
}

#[test]
fn liquid_capture_is_dropped_and_case_filters_apply() {
    let site = json!({"title": "Our Org"});
    let cx = Context {
        site: site.as_object().unwrap(),
        ..Context::new("p.md", Syntax::JEKYLL)
    };
    let (out, diags) = convert(
        "f.md",
        "{% capture x %}hidden{% endcapture %}{{ site.title | upcase }}",
        1,
        &cx,
    );
    assert_eq!(out, "OUR ORG");
    assert_eq!(lines_of(&diags), [(1, 1)]);
}

#[test]
fn hugo_tabs_and_details_shortcodes() {
    let (out, diags) = run(
        "{{< tabs >}}{{< tab \"Adults\" >}}x{{< /tab >}}{{< /tabs >}}\n{{< details summary=\"Open me\" >}}\nHidden\n{{< /details >}}\n",
        Syntax::HUGO,
    );
    assert_eq!(
        out,
        "\n**Adults**\n\nx\n\n<details>\n<summary>Open me</summary>\n\nHidden\n\n</details>\n\n"
    );
    assert_eq!(lines_of(&diags), [(1, 1)]);
}

#[test]
#[ignore = "a measurement, not a test: cargo test --release -p site-gen --lib convert_speed -- --ignored --nocapture"]
fn convert_speed() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let mut bodies = Vec::new();
    for e in walkdir::WalkDir::new(&root).into_iter().flatten() {
        if e.path().extension().is_some_and(|x| x == "md") {
            bodies.push(std::fs::read_to_string(e.path()).unwrap());
        }
    }
    let bytes: usize = bodies.iter().map(String::len).sum();
    let start = std::time::Instant::now();
    let rounds = 200;
    for _ in 0..rounds {
        for b in &bodies {
            let _ = convert(
                "f.md",
                b,
                1,
                &Context::new("a/b.md", Syntax::for_file("f.md")),
            );
        }
    }
    let t = start.elapsed();
    eprintln!(
        "{} pages ({} KB) x {rounds}: {:?}, {:.1} µs a page",
        bodies.len(),
        bytes / 1024,
        t,
        t.as_secs_f64() * 1e6 / (bodies.len() * rounds) as f64
    );
}

#[test]
fn nuxt_mdc_components_become_admonitions() {
    let body = "::alert{type=\"warning\" title=\"Careful\"}\nDo not sign.\n::\n\n::callout\nA note.\n::\n\n::hero\nBig text\n::\n\nA line with :: inside.\n";
    let (out, diags) = run(body, Syntax::MDX);
    assert_eq!(
        out,
        "> [!WARNING]\n> **Careful**\n>\n> Do not sign.\n\n> [!NOTE]\n> A note.\n\nBig text\n\nA line with :: inside.\n"
    );
    assert_eq!(lines_of(&diags), [(9, 1)]);
    assert!(diags[0].message.contains("`hero`"));
}

#[test]
fn random_mixtures_of_syntax_never_panic() {
    const TOKENS: &[&str] = &[
        "{{<",
        ">}}",
        "{{%",
        "%}}",
        "/",
        "*",
        "{%",
        "%}",
        "{{",
        "}}",
        ":::",
        "::",
        "!!!",
        "???",
        "===",
        " ",
        "\n",
        "\n\n",
        "\t",
        "    ",
        "é",
        "ü",
        "\"",
        "`",
        "```",
        "~~~",
        "<A",
        "</A>",
        "/>",
        ">",
        "{/*",
        "*/}",
        "import ",
        "export ",
        "{",
        "}",
        "[",
        "]",
        "(",
        ")",
        "#",
        "> ",
        "ref",
        "tip",
        "raw",
        "endraw",
        "highlight",
        "figure",
        "x",
        "=",
        "'",
        "{:",
        ".c",
        "@/",
        "<script",
        "</script>",
        "--8<--",
        "<details>",
        "Ä",
    ];
    let all = Syntax {
        hugo: true,
        liquid: true,
        mdx: true,
    };
    // A small linear congruential generator: the same inputs on every run.
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..3000 {
        let mut body = String::new();
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let len = (seed >> 58) as usize + 1;
        for _ in 0..len {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            body.push_str(TOKENS[(seed >> 33) as usize % TOKENS.len()]);
        }
        let cx = Context::new("a/b.md", all);
        let (_, diags) = convert("f.md", &body, 3, &cx);
        for d in &diags {
            assert!(
                d.line >= 3 && d.line <= 3 + body.matches('\n').count() as u32,
                "{body:?}: {d:?}"
            );
        }
        let _ = convert_html("f.html", &body, 1, &cx);
    }
}
