//! What the browser's user agent says about how long stored data lives.
//!
//! Safari (WebKit's Intelligent Tracking Prevention) deletes all script-written storage of a
//! site — localStorage included — after 7 days of use of the browser without a visit to it.
//! On iPhone and iPad every browser is WebKit and keeps that rule; on a Mac only Safari does.
//! A web app opened from the home screen (or the Dock) is exempt: it counts its own days.

/// Whether this browser may delete the app's data after 7 days without a visit, from its
/// `navigator.userAgent` and `navigator.maxTouchPoints` (an iPad asks for desktop sites with
/// a Mac's user agent, and only its touch screen tells it apart).
pub fn clears_idle_storage(user_agent: &str, max_touch_points: i32) -> bool {
    let has = |word: &str| user_agent.contains(word);
    if has("iPhone") || has("iPad") || has("iPod") {
        return true;
    }
    if !has("Macintosh") {
        return false;
    }
    if max_touch_points > 1 {
        return true;
    }
    let other_engine = ["Chrome/", "Chromium/", "Edg/", "Firefox/", "OPR/"]
        .iter()
        .any(|word| has(word));
    has("Safari/") && has("Version/") && !other_engine
}

#[cfg(test)]
mod tests {
    use super::*;

    const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    const IPHONE_CHROME: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1";
    const IPAD_DESKTOP: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
    const MAC_CHROME: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
    const MAC_FIREFOX: &str =
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0";
    const MAC_EDGE: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0";
    const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36";
    const LINUX_WEBKITGTK: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15";
    const WINDOWS_EDGE: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0";

    #[test]
    fn every_browser_on_an_iphone_or_ipad_clears_idle_storage() {
        assert!(clears_idle_storage(IPHONE_SAFARI, 5));
        assert!(clears_idle_storage(IPHONE_CHROME, 5));
        assert!(clears_idle_storage(IPAD_DESKTOP, 5));
    }

    #[test]
    fn on_a_mac_only_safari_does() {
        assert!(clears_idle_storage(IPAD_DESKTOP, 0));
        assert!(!clears_idle_storage(MAC_CHROME, 0));
        assert!(!clears_idle_storage(MAC_FIREFOX, 0));
        assert!(!clears_idle_storage(MAC_EDGE, 0));
    }

    #[test]
    fn elsewhere_no_browser_does() {
        assert!(!clears_idle_storage(ANDROID_CHROME, 5));
        assert!(!clears_idle_storage(WINDOWS_EDGE, 0));
        assert!(!clears_idle_storage(LINUX_WEBKITGTK, 0));
        assert!(!clears_idle_storage("", 0));
    }
}
