### Español: la página alrededor de la app, que se ve antes de que la app cargue: el título
### de la pestaña, la descripción para buscadores y vistas previas de enlaces, la pantalla de
### carga y el nombre y la descripción de la app instalada. Solo texto, sin marcadores { }.

page-title = Limber · ejercicio suave para el dolor lumbar
page-description = Rutinas de ejercicio suaves y guiadas para el dolor lumbar de cada día. Funciona sin conexión; tu historial se queda en tu dispositivo.
page-tagline = Ejercicio suave y guiado para el dolor lumbar, a tu ritmo. Todo se queda en este teléfono.
page-loading = Cargando Limber
page-no-script = Limber necesita JavaScript activado para funcionar.
page-app-name = Limber: ejercicio suave para el dolor lumbar
