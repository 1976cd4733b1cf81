### Deutsch: die Seite um die App, die erscheint, bevor die App geladen ist: Titel im Tab,
### Beschreibung für Suchmaschinen und Linkvorschauen, Ladebildschirm, Name und Beschreibung
### der installierten App. Reiner Text, keine { }-Platzhalter.

page-title = Limber · sanfte Übungen bei Kreuzschmerzen
page-description = Sanfte, angeleitete Übungsprogramme bei alltäglichen Kreuzschmerzen. Funktioniert offline; dein Verlauf bleibt auf deinem Gerät.
page-tagline = Sanfte, angeleitete Übungen bei Kreuzschmerzen, in deinem Tempo. Alles bleibt auf diesem Handy.
page-loading = Limber wird geladen
page-no-script = Limber braucht eingeschaltetes JavaScript.
page-app-name = Limber: sanfte Übungen bei Kreuzschmerzen
