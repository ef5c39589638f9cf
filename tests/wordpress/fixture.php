<?php
/**
 * The WordPress suite's hands inside the site: copied into the root of a
 * throwaway WordPress that only the tests reach (127.0.0.1), it does what an
 * administrator or author would do, through WordPress's own functions, and
 * answers in JSON. POST a form field `request` holding JSON: { "action": …, … }.
 */

require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

const MCW_PLUGIN = 'microcredential-widgets/microcredential-widgets.php';

$request = isset( $_POST['request'] ) ? json_decode( wp_unslash( $_POST['request'] ), true ) : null;
header( 'Content-Type: application/json' );

/** Installs the zip as Plugins → Add New → Upload does, and activates it. */
function mcw_install( $request ) {
	wp_set_current_user( 1 );
	$skin     = new WP_Ajax_Upgrader_Skin();
	$upgrader = new Plugin_Upgrader( $skin );
	$result   = $upgrader->install( $request['zip'] );
	if ( true !== $result ) {
		return array( 'error' => is_wp_error( $result ) ? $result->get_error_message() : implode( ' ', $skin->get_error_messages() ) );
	}
	$activated = activate_plugin( MCW_PLUGIN );
	if ( is_wp_error( $activated ) ) {
		return array( 'error' => $activated->get_error_message() );
	}
	$data = get_plugin_data( WP_PLUGIN_DIR . '/' . MCW_PLUGIN, false, false );
	return array(
		'php'     => PHP_VERSION,
		'name'    => $data['Name'],
		'version' => $data['Version'],
		'active'  => is_plugin_active( MCW_PLUGIN ),
		'folder'  => $upgrader->plugin_info(),
	);
}

/** A user with a role and a password, created once. */
function mcw_user( $request ) {
	$existing = get_user_by( 'login', $request['login'] );
	if ( $existing ) {
		return array( 'id' => $existing->ID );
	}
	$id = wp_insert_user(
		array(
			'user_login' => $request['login'],
			'user_pass'  => $request['password'],
			'user_email' => $request['login'] . '@example.org',
			'role'       => $request['role'],
		)
	);
	return is_wp_error( $id ) ? array( 'error' => $id->get_error_message() ) : array( 'id' => $id );
}

/** A post saved as that user would save it: kses filters it unless the user has unfiltered_html. */
function mcw_post( $request ) {
	$user = get_user_by( 'login', $request['author'] );
	wp_set_current_user( $user->ID );
	kses_init();
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $request['title'],
				'post_name'    => $request['slug'],
				'post_content' => $request['content'],
				'post_status'  => $request['status'],
				'post_author'  => $user->ID,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		return array( 'error' => $id->get_error_message() );
	}
	$post = get_post( $id );
	return array(
		'id'                => $id,
		'status'            => $post->post_status,
		'content'           => $post->post_content,
		'unfiltered_html'   => current_user_can( 'unfiltered_html' ),
	);
}

/** Publishes a pending post, as an editor approving it in the editor would. */
function mcw_publish( $request ) {
	wp_set_current_user( 1 );
	wp_update_post(
		array(
			'ID'          => (int) $request['id'],
			'post_status' => 'publish',
		)
	);
	$post = get_post( (int) $request['id'] );
	return array(
		'status'  => $post->post_status,
		'content' => $post->post_content,
	);
}

/** What WordPress's typography filter (curly quotes, dashes) makes of some post text. */
function mcw_texturize( $request ) {
	return array( 'text' => wptexturize( $request['text'] ) );
}

/** The plugin's closest ids to what an author typed. */
function mcw_suggest( $request ) {
	return array( 'ids' => \Microcredential_Widgets\Prerendered::suggest( $request['typed'] ) );
}

/** Sets an option, as Settings screens do. */
function mcw_option( $request ) {
	update_option( $request['name'], $request['value'] );
	return array( 'value' => get_option( $request['name'] ) );
}

/** Deactivates and deletes the plugin as Plugins → Delete does, then looks for anything left. */
function mcw_uninstall() {
	global $wpdb;
	wp_set_current_user( 1 );
	deactivate_plugins( MCW_PLUGIN );
	$deleted = delete_plugins( array( MCW_PLUGIN ) );
	$like    = '%' . $wpdb->esc_like( 'microcredential' ) . '%';
	return array(
		'deleted'       => true === $deleted,
		'folder_exists' => file_exists( WP_PLUGIN_DIR . '/microcredential-widgets' ),
		'options'       => $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s OR option_value LIKE %s", $like, $like ) ),
		'usermeta'      => $wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM {$wpdb->usermeta} WHERE meta_key LIKE %s", $like ) ),
		'postmeta'      => $wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM {$wpdb->postmeta} WHERE meta_key LIKE %s", $like ) ),
	);
}

$actions = array(
	'install'   => 'mcw_install',
	'user'      => 'mcw_user',
	'post'      => 'mcw_post',
	'publish'   => 'mcw_publish',
	'option'    => 'mcw_option',
	'texturize' => 'mcw_texturize',
	'suggest'   => 'mcw_suggest',
	'uninstall' => 'mcw_uninstall',
);
$action  = is_array( $request ) && isset( $request['action'], $actions[ $request['action'] ] ) ? $actions[ $request['action'] ] : null;
echo wp_json_encode( $action ? call_user_func( $action, $request ) : array( 'error' => 'unknown action' ) );
