//! `site-gen bundle`: one language of the site as a zip that works without a server, from
//! `file://`, a USB stick or any folder.
//!
//! The site is rendered as for `build`, into memory; the language's copy is chosen as for the
//! offline copy (`offline::belongs`: its folder and the shared files), plus the pages in
//! other languages that its pages send readers to (the original of an untranslated or
//! outdated page). Every page's links are then made relative ([`relative`]); a link to a
//! page the copy does not hold (another language, say) goes to the page on the web when the
//! site's base URL has a host. At the top: `index.html`, which opens the language's home, and
//! `README.txt`, which says what works from a file in which browser.
//!
//! Invariant: the zip holds nothing of the site that a reader of the language cannot reach,
//! and every link between files of the zip is relative.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use crate::diag::{Diagnostic, has_errors};
use crate::load::{self, LoadOptions};
use crate::model::{Site, TranslationState};
use crate::render::relative::{self, Target};
use crate::render::{self, Layout, Plan, offline};

/// A finished bundle.
pub struct Bundle {
    /// The zip file's bytes.
    pub zip: Vec<u8>,
    /// The files in it, paths relative to its top folder, sorted.
    pub files: Vec<String>,
    /// Warnings (a bundle with errors is not made).
    pub diagnostics: Vec<Diagnostic>,
}

/// Builds language `lang` of the site at `opts.root` as a zip whose files sit in one folder,
/// `folder`.
pub fn bundle(opts: &LoadOptions, lang: &str, folder: &str) -> Result<Bundle, Vec<Diagnostic>> {
    let (site, mut diags) = load::load(opts);
    let Some(mut site) = site else {
        return Err(diags);
    };
    if site.config.language(lang).is_none() {
        let codes: Vec<&str> = site
            .config
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .collect();
        diags.push(
            Diagnostic::error(format!("`{lang}` is not one of the site's languages"))
                .in_file(crate::config::FILE)
                .hint(format!("use one of: {}", codes.join(", "))),
        );
    }
    if has_errors(&diags) {
        return Err(diags);
    }
    // Rendered with the site's own paths; the links are made relative below, against the
    // files this copy holds.
    site.config.relative_urls = false;
    let (output, render_diags) = render::render_to_memory(&site);
    diags.extend(render_diags);
    if has_errors(&diags) {
        return Err(diags);
    }
    let chosen = choose(&site, lang, output.files.keys());
    let origin = site.config.origin().map(str::to_string);
    let holds = |p: &str| chosen.contains(p);
    let target = Target {
        base_path: site.config.base_path(),
        origin: origin.as_deref(),
        holds: &holds,
    };
    let mut files: Vec<(String, Vec<u8>)> = output
        .files
        .into_iter()
        .filter(|(p, _)| chosen.contains(p))
        .map(|(p, bytes)| {
            let new = relative::file(&p, &bytes, &target);
            (p, new.unwrap_or(bytes))
        })
        .collect();
    // The search index names pages by address: made again with addresses relative to the
    // search page, as `--relative-urls` makes it.
    let index = render::search::index_path(lang);
    if files.iter().any(|(p, _)| *p == index) {
        site.config.relative_urls = true;
        let layout = Layout::new(&site, &render::reserved(&site));
        let plan = Plan::new(&site, &layout);
        let language = site.config.language(lang).expect("checked above");
        let bytes = render::search::index(&site, &plan, language);
        files.retain(|(p, _)| *p != index);
        files.push((index, bytes));
    }
    files.push(("index.html".into(), top_page(&site, lang).into_bytes()));
    files.push(("README.txt".into(), readme(&site, lang).into_bytes()));
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let zip = zip(folder, &files)
        .map_err(|e| vec![Diagnostic::error(format!("cannot make the zip: {e}"))])?;
    Ok(Bundle {
        zip,
        files: files.into_iter().map(|(p, _)| p).collect(),
        diagnostics: diags,
    })
}

/// The output files of language `lang`'s copy: its folder (the offline list and worker too:
/// a copy put on a web server can be kept offline as well), the shared files, and the
/// originals its untranslated and outdated pages link to.
fn choose<'a>(
    site: &Site,
    lang: &str,
    paths: impl Iterator<Item = &'a String>,
) -> BTreeSet<String> {
    let config = &site.config;
    let own = |p: &str| {
        offline::belongs(config, lang, p)
            || p == format!("{lang}/{}", offline::MANIFEST)
            || p == format!("{lang}/{}", offline::WORKER_NAME)
    };
    let mut chosen: BTreeSet<String> = paths.filter(|p| own(p)).cloned().collect();
    let layout = Layout::new(site, &render::reserved(site));
    let plan = Plan::new(site, &layout);
    let default = &config.default_language().code;
    for e in plan.entries.iter().filter(|e| e.lang.code == lang) {
        let original = match e.state {
            TranslationState::Fallback => plan.url(&e.source.lang, e.key.as_str()),
            TranslationState::Outdated => plan.url(default, e.key.as_str()),
            _ => None,
        };
        if let Some(url) = original {
            chosen.insert(render::output_path(config, url));
        }
    }
    chosen
}

/// The page at the top of the zip: it opens the language's home at once, with a link for
/// browsers that do not follow the refresh.
fn top_page(site: &Site, lang: &str) -> String {
    let config = &site.config;
    let language = config.language(lang).expect("checked by bundle()");
    let esc = render::markdown::escape;
    let text = |id: &str, args: Option<&fluent_bundle::FluentArgs>| {
        site.locales
            .message(lang, id, args)
            .map(|l| l.text)
            .unwrap_or_default()
    };
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("language", language.name.as_str());
    let home = format!("{}/index.html", render::plan::encode_segment(lang));
    format!(
        "<!doctype html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={home}\">\n<title>{title}</title>\n\
         <link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body class=\"chooser\">\n<main id=\"main\">\n\
         <h1>{title}</h1>\n<p><a href=\"{home}\">{open}</a></p>\n</main>\n</body>\n</html>\n",
        code = esc(lang),
        dir = language.dir.as_str(),
        csp = render::CSP,
        title = esc(&text("site-name", None)),
        open = esc(&text("bundle-open", Some(&args))),
    )
}

/// What the copy is and what works where, for whoever hands it out.
fn readme(site: &Site, lang: &str) -> String {
    let language = site.config.language(lang).map_or(lang, |l| l.name.as_str());
    let name = site
        .locales
        .message(lang, "site-name", None)
        .map(|l| l.text)
        .unwrap_or_default();
    let web = match site.config.origin() {
        Some(_) => format!(
            "Links to other languages and to other sites open {} on the web.\n",
            site.config.base_url
        ),
        None => "Links to other languages and to other sites need the internet.\n".to_string(),
    };
    format!(
        "{name} — {language} ({lang})\n\n\
         A copy of the guides in this language that works without internet and without a\n\
         server. Unzip it, then open index.html (or {lang}/index.html) in a web browser.\n\
         It can be copied to a USB stick, a phone or any folder as it is.\n\n\
         What works when opened from a file (checked in Chromium and Firefox):\n\
         - Every guide, the list of free legal help, the printable booklet ({lang}/print/)\n\
           and the readable version of the questions ({lang}/screener/), with their links.\n\
         - The interactive questions (and the search, where the site has it) load a module\n\
           script and WebAssembly. Chrome, Edge and other Chromium browsers refuse modules\n\
           from files, and so does Firefox (every file is its own site there), so the\n\
           questions page shows its readable version instead: the same questions\n\
           and answers, to read. Chromium started with --allow-file-access-from-files runs\n\
           them. Served by any web server, from any folder, everything works.\n\
         - \"Keep this language on this phone\" needs a web server: browsers run no service\n\
           worker for files, and the button does not show in a copy opened from a file.\n\n\
         {web}\
         This copy stores nothing about its readers and sends nothing anywhere.\n"
    )
}

/// A zip with every file under `folder/`, compressed with deflate.
fn zip(folder: &str, files: &[(String, Vec<u8>)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    for (path, bytes) in files {
        w.start_file(format!("{folder}/{path}"), options)?;
        w.write_all(bytes)?;
    }
    Ok(w.finish()?.into_inner())
}

/// Writes the zip to `path` whole or not at all (a temporary file beside it, then a rename).
/// Refuses a folder.
pub fn write(path: &Path, zip: &[u8]) -> Result<(), Diagnostic> {
    if path.is_dir() {
        return Err(Diagnostic::error(format!(
            "{} is a folder; --out names the zip file to write",
            path.display()
        )));
    }
    let fail =
        |e: std::io::Error| Diagnostic::error(format!("cannot write {}: {e}", path.display()));
    let name = path
        .file_name()
        .map_or("bundle.zip".into(), |n| n.to_string_lossy());
    let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    std::fs::write(&tmp, zip)
        .and_then(|_| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            fail(e)
        })
}
