### English: the page around the app, which shows before the app itself has loaded: the
### browser tab's title, the description search engines and link previews show, the loading
### screen, and the installed app's name and description. The build writes these into the
### page, so they must be plain text: no { } placeables.

page-title = Limber · gentle exercise for low back pain
# Also the installed app's description.
page-description = Gentle, guided exercise routines for everyday low back pain. Works offline; your history stays on your device.
# Under the name "Limber" while the app loads.
page-tagline = Gentle, guided exercise for low back pain, at your own pace. Everything stays on this phone.
# Read by screen readers while the app loads.
page-loading = Loading Limber
page-no-script = Limber needs JavaScript turned on to run.
# The installed app's full name (its short name is always "Limber").
page-app-name = Limber: gentle exercise for low back pain
