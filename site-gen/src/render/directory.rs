//! The legal-help directory page's data: organisations grouped by area, texts in the
//! reader's language or its fallback (marked with their own language).

use serde::Serialize;

use crate::config::Language;
use crate::load::directory::AREAS;
use crate::model::Site;

#[derive(Serialize)]
struct OrgCx<'a> {
    name: &'a str,
    url: &'a str,
    phone: Option<&'a str>,
    tel: Option<String>,
    detained: bool,
    /// Names of the languages served, each in itself.
    languages: Vec<LangName>,
    about: Option<&'a str>,
    /// Set when `about` is in another language than the page.
    about_lang: Option<(&'a str, &'a str)>,
}

#[derive(Serialize)]
struct LangName {
    code: String,
    name: String,
}

#[derive(Serialize)]
struct AreaCx<'a> {
    id: &'a str,
    orgs: Vec<OrgCx<'a>>,
}

pub fn context(site: &Site, lang: &Language) -> minijinja::Value {
    let Some(orgs) = &site.directory else {
        return minijinja::Value::UNDEFINED;
    };
    let chain: Vec<&str> = std::iter::once(lang.code.as_str())
        .chain(lang.fallback.iter().map(String::as_str))
        .collect();
    let areas: Vec<AreaCx> = AREAS
        .iter()
        .map(|area| AreaCx {
            id: area,
            orgs: orgs
                .iter()
                .filter(|o| o.areas.iter().any(|a| a == area))
                .map(|o| {
                    let about = chain.iter().find_map(|c| o.about.get_key_value(*c));
                    OrgCx {
                        name: &o.name,
                        url: &o.url,
                        phone: o.phone.as_deref(),
                        tel: o.phone.as_ref().map(|p| {
                            p.chars()
                                .filter(|c| c.is_ascii_digit() || *c == '+')
                                .collect()
                        }),
                        detained: o.detained,
                        languages: o
                            .languages
                            .iter()
                            .map(|c| LangName {
                                code: c.clone(),
                                name: site
                                    .config
                                    .language(c)
                                    .map_or_else(|| c.clone(), |l| l.name.clone()),
                            })
                            .collect(),
                        about: about.map(|(_, t)| t.as_str()),
                        about_lang: about.filter(|(c, _)| **c != lang.code).map(|(c, _)| {
                            let dir = site.config.language(c).map_or("ltr", |l| l.dir.as_str());
                            (c.as_str(), dir)
                        }),
                    }
                })
                .collect(),
        })
        .filter(|a| !a.orgs.is_empty())
        .collect();
    minijinja::Value::from(minijinja::value::Serde(&areas))
}
