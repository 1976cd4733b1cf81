### Français : Aujourd’hui (le premier écran) et le cadre de tous les écrans.

## La barre du bas. Libellés courts.
today-nav-label = Principal
today-nav-today = Accueil
today-nav-routines = Séances
today-nav-history = Journal
today-nav-learn = Savoir
today-nav-settings = Réglages

## Charger un écran, et quand ce n’est pas possible.
today-loading = Chargement…
today-try-again = Réessayer
today-piece-failed = Cette partie de l’écran n’a pas pu être chargée.
today-screen-failed-title = Impossible de charger cet écran
today-screen-failed-text = Limber n’a pas pu récupérer cette partie de l’application. Vérifiez votre connexion, puis réessayez. Votre historique et vos réglages sont en sécurité sur cet appareil.
today-open-failed-title = Impossible d’ouvrir vos données
today-open-failed-text = Limber n’a pas pu récupérer la partie de l’application qui lit ce qui est enregistré sur cet appareil. Votre historique et vos réglages sont en sécurité ici. Vérifiez votre connexion, puis réessayez.

## Un problème de stockage.
today-problem-details = Détails
today-problem-download = Le télécharger
today-problem-dismiss = Fermer

## Une nouvelle version.
today-update-ready = Mise à jour prête : une nouvelle version de Limber est arrivée.
today-update-reload = Recharger

## Une adresse inconnue.
today-not-found-title = Page introuvable
today-not-found-text = Il n’y a rien à cette adresse. Le lien est peut-être ancien.
today-not-found-home = Aller à Aujourd’hui

## Aujourd’hui.
today-title = Aujourd’hui
today-resume-nearly-saved = Presque enregistrée
today-resume-not-finished = Pas encore terminée
today-resume-finished = Vous avez terminé { $name } : deux petites questions et c’est enregistré.
today-resume-unfinished = Vous avez une séance non terminée : { $name }. Reprenez là où vous en étiez.
today-resume-finish-button = Terminer l’enregistrement
today-resume-continue-button = Reprendre
today-restore-title = Vous avez déjà utilisé Limber ?
today-restore-text = Limber sur l’écran d’accueil a son propre stockage, il démarre donc vide. Tout ce que vous avez fait dans votre navigateur y est toujours, en sécurité.
today-restore-how = Pour le récupérer, enregistrez une sauvegarde dans le navigateur (Réglages, Vos données), puis ouvrez-la ici :
today-restore-new = C’est ma première fois, repartir de zéro
today-restore-welcome-back = Bon retour : votre historique est là.
today-intro-eyebrow = Bienvenue
today-intro-title = Trouvez votre point de départ
today-intro-why = Bouger en douceur et régulièrement est l’une des meilleures choses à faire pour un dos douloureux. Quelques questions, environ une minute, pour savoir par où commencer et obtenir un programme de la semaine.
today-intro-button = C’est parti
today-also-label = Aussi aujourd’hui
today-try-now = Ou essayez { $name } maintenant
today-try-now-note = Lentement et en douceur, et vous pouvez arrêter à tout moment.
today-start = Démarrer
today-more-label = Plus
today-no-sessions = Pas encore de séance. La première n’est qu’à quelques minutes.
today-last-session-all = Dernière séance : { $name } le { $date }, { $total ->
    [one] { $total } exercice fait
   *[other] { $total } exercices faits
}.
today-last-session-part = Dernière séance : { $name } le { $date }, { $done ->
    [one] { $done } exercice fait
   *[other] { $done } exercices faits
} sur { $total }.
today-last-logged = Dernière activité notée : { $kind ->
    [walk] Marche
    [swim] Natation
    [ride] Vélo
   *[water-aerobics] Aquagym
} le { $date }, { $minutes } min.
today-last-logged-km = Dernière activité notée : { $kind ->
    [walk] Marche
    [swim] Natation
    [ride] Vélo
   *[water-aerobics] Aquagym
} le { $date }, { $minutes } min · { $distance } km.
today-last-logged-mi = Dernière activité notée : { $kind ->
    [walk] Marche
    [swim] Natation
    [ride] Vélo
   *[water-aerobics] Aquagym
} le { $date }, { $minutes } min · { $distance } mi.
today-learn-eyebrow = Comprendre
today-lesson-next = Leçon du jour
today-lesson-flare = Pour votre crise
today-lesson-read = Lue aujourd’hui : la prochaine leçon arrive demain
today-lesson-finished = Vous avez lu tout le cours
today-disclaimer = Limber donne des conseils généraux, pas un diagnostic. Si quelque chose vous semble anormal, arrêtez et demandez l’avis d’un professionnel de santé.

## Problèmes de stockage : enregistrer
more-store-unavailable = Ce navigateur ne laisse Limber rien enregistrer : les séances seront perdues à la fermeture de la page. Vérifiez que les données de site sont autorisées.
more-store-full = Le stockage de votre navigateur pour Limber est plein, cela n’a donc pas pu être enregistré.
more-store-other = Le navigateur n’a pas pu enregistrer ({ $error }).
more-not-saved =
    { $what ->
        [weight] Votre poids n’a pas pu être enregistré.
        [routine] Votre programme n’a pas pu être enregistré.
        [settings] Vos réglages n’ont pas pu être enregistrés.
        [checkin] Votre bilan n’a pas pu être enregistré.
        [weight-log] Votre suivi du poids n’a pas pu être enregistré.
        [routines] Vos programmes n’ont pas pu être enregistrés.
        [checkins] Vos bilans n’ont pas pu être enregistrés.
       *[change] La modification n’a pas pu être enregistrée.
    } { $reason }
