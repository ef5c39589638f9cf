<?php
/**
 * The element's script for pages and the block editor's script.
 *
 * @package Microcredential_Widgets
 */

namespace Microcredential_Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The elements' module (cdn/, copied from the project's CDN build) is loaded
 * only on pages that show a finding, once, as a script module where WordPress
 * has them (6.5+) and as a `type="module"` script tag before that.
 */
final class Assets {

	/** Handle of the elements' module. */
	const MODULE = 'microcredential-widgets';

	/** Handle of the block editor's script. */
	const EDITOR = 'microcredential-widgets-editor';

	/**
	 * Where the elements' module is served.
	 *
	 * @return string
	 */
	public static function module_url() {
		return plugins_url( 'cdn/microcredential-widgets.js', PLUGIN_FILE );
	}

	/** Loads the elements' module on this page (WordPress prints it once, however often this runs). */
	public static function enqueue_module() {
		if ( function_exists( 'wp_enqueue_script_module' ) ) {
			wp_enqueue_script_module( self::MODULE, self::module_url(), array(), Prerendered::version() );
			return;
		}
		wp_enqueue_script( self::MODULE, self::module_url(), array(), Prerendered::version(), true );
	}

	/**
	 * Before script modules (WordPress < 6.5): the module's script tag gets `type="module"`.
	 *
	 * @param string $tag    The script tag.
	 * @param string $handle Its handle.
	 * @return string
	 */
	public static function module_tag( $tag, $handle ) {
		if ( self::MODULE !== $handle ) {
			return $tag;
		}
		$untyped = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
		return str_replace( '<script ', '<script type="module" ', $untyped );
	}

	/** The block editor's script, and what it needs to know about this site. */
	public static function register_editor_script() {
		wp_register_script(
			self::EDITOR,
			plugins_url( 'build/editor.js', PLUGIN_FILE ),
			array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
			Prerendered::version(),
			false
		);
		$site_language = Widget_Request::language_of( get_locale() );
		$settings      = array(
			'moduleUrl'    => add_query_arg( 'ver', Prerendered::version(), self::module_url() ),
			'siteLanguage' => null === $site_language ? 'en' : $site_language,
		);
		wp_add_inline_script( self::EDITOR, 'window.microcredentialWidgetsEditorSettings = ' . wp_json_encode( $settings ) . ';', 'before' );
	}
}
