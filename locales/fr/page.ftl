### Français : la page autour de l’application, visible avant qu’elle ait chargé : titre de
### l’onglet, description pour les moteurs de recherche et les aperçus de liens, écran de
### chargement, nom et description de l’application installée. Texte seul, sans { }.

page-title = Limber · exercices doux pour le mal de dos
page-description = Des programmes d’exercices doux et guidés pour la lombalgie du quotidien. Fonctionne hors ligne ; votre historique reste sur votre appareil.
page-tagline = Des exercices doux et guidés pour le bas du dos, à votre rythme. Tout reste sur ce téléphone.
page-loading = Chargement de Limber
page-no-script = Limber a besoin de JavaScript pour fonctionner.
page-app-name = Limber : exercices doux pour le mal de dos
