#!/usr/bin/python3
"""The WebKit browser the tests drive: a bare GTK window around one WebKitGTK view, started by
WebKitWebDriver (`webkitgtk:browserOptions`), with what a test asks for beyond WebDriver as
arguments (see tests/browser/support/browser.rs).

It is the same engine as Debian's MiniBrowser (libwebkit2gtk-4.1), without what stands in the
way of the tests there: MiniBrowser's toolbar keeps a window at least 447 px wide, its
automation sessions keep no storage on disk (no restart on one profile), WebKitWebDriver has no
Print command, and a view under automation ignores window.print(). A zoom is a 2x screen
(GDK_SCALE), not the page zoom: WebKitWebDriver clicks beside the element under page zoom.

  --profile DIR       storage, caches and service workers live here (kept across restarts)
  --size WxH          the window in CSS pixels (= the viewport: no toolbar, no decorations)
  --scale N           device pixels per CSS pixel (a 2x screen; 200 % zoom at half the size)
  --dark              the system prefers a dark colour scheme
  --scripts-off       JavaScript switched off for pages (the driver's own scripts still run)
  --downloads DIR     downloads are saved here without asking; so is a PDF of the page when a
                      test posts to window.webkit.messageHandlers.ntmPrint (A4, print media)

Files appear under their final name only when complete.
"""

import argparse
import os
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--automation", action="store_true")
parser.add_argument("--profile", required=True)
parser.add_argument("--size", default="1280x900")
parser.add_argument("--scale", type=int, default=1)
parser.add_argument("--dark", action="store_true")
parser.add_argument("--scripts-off", action="store_true")
parser.add_argument("--downloads")
args = parser.parse_args()
width, height = (int(n) for n in args.size.split("x"))

# Printing goes to a file: no printer lookups (CUPS) on the way.
os.environ.setdefault("GTK_PRINT_BACKENDS", "file")
# A 2× screen, as a phone or a desktop zoomed to 200 %: GTK reads it when it starts.
os.environ["GDK_SCALE"] = str(args.scale)

import gi  # noqa: E402

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

Gtk.init(None)
if args.dark:
    # WebKitGTK answers prefers-color-scheme from the GTK theme's variant.
    Gtk.Settings.get_default().set_property("gtk-application-prefer-dark-theme", True)

data = WebKit2.WebsiteDataManager(
    base_data_directory=os.path.join(args.profile, "data"),
    base_cache_directory=os.path.join(args.profile, "cache"),
)
context = WebKit2.WebContext(website_data_manager=data)
context.set_automation_allowed(True)
settings = WebKit2.Settings()
settings.set_enable_javascript(not args.scripts_off)


def save_as(name):
    """A hidden partial file in the downloads folder, and the final path it is renamed to."""
    return os.path.join(args.downloads, "." + name + ".part"), os.path.join(args.downloads, name)


def on_download(_context, download):
    final = {}

    def decide(download, suggested):
        part, final["path"] = save_as(os.path.basename(suggested) or "download")
        download.set_destination(GLib.filename_to_uri(part, None))
        return True

    def finished(download):
        part = GLib.filename_from_uri(download.get_destination())[0]
        os.replace(part, final["path"])

    download.connect("decide-destination", decide)
    download.connect("finished", finished)
    download.connect("failed", lambda _d, e: print("download failed:", e, file=sys.stderr))


if args.downloads:
    context.connect("download-started", on_download)

prints = 0


def print_to_pdf(view):
    """Prints the page as the print dialog's "Print to File" would: A4, a PDF."""
    global prints
    prints += 1
    part, final = save_as("print-%d.pdf" % prints)
    options = Gtk.PrintSettings()
    options.set_printer("Print to File")
    options.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf")
    options.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, GLib.filename_to_uri(part, None))
    page = Gtk.PageSetup()
    page.set_paper_size(Gtk.PaperSize.new(Gtk.PAPER_NAME_A4))
    operation = WebKit2.PrintOperation.new(view)
    operation.set_print_settings(options)
    operation.set_page_setup(page)
    operation.connect("finished", lambda _o: os.replace(part, final))
    operation.connect("failed", lambda _o, e: print("print failed:", e, file=sys.stderr))
    operation.print_()


def new_view(related=None):
    """A view in its own window, as WebDriver's New Window or the page's window.open() ask."""
    content = WebKit2.UserContentManager()
    options = dict(settings=settings, is_controlled_by_automation=True,
                   user_content_manager=content)
    if related is None:
        options["web_context"] = context
    else:
        options["related_view"] = related
    view = WebKit2.WebView(**options)
    if args.downloads:
        content.connect("script-message-received::ntmPrint", lambda _m, _r: print_to_pdf(view))
        content.register_script_message_handler("ntmPrint")
    window = Gtk.Window()
    window.set_default_size(width, height)
    window.add(view)
    view.connect("close", lambda _v: window.destroy())
    view.connect("create", lambda v, _action: new_view(v))
    view.connect("ready-to-show", lambda _v: window.show_all())
    # No window manager gives a new window the keyboard focus: it takes it once it is on
    # screen, as the front window of a desktop has it (document.hasFocus(), :focus-visible).
    window.connect("map-event", lambda w, _e: w.present())
    window.show_all()
    return view


def on_automation(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name("webkit-shell")
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(),
                     WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect("create-web-view", lambda _s: new_view())


context.connect("automation-started", on_automation)
GLib.MainLoop().run()
